/** Aligned text blocks for the human summary. Padding is measured on plain text, colour added after. */
import type { Style } from './style';
import { visible } from './visible';

export interface Cell {
  readonly text: string;
  /** Colour applied after padding, so escape codes never break the alignment. */
  readonly paint?: (text: string) => string;
}

export interface Row {
  readonly label: string;
  /** The first line sits beside the label; the others line up under it. */
  readonly lines: readonly Cell[];
}

export interface Section {
  readonly title: string;
  /** A one-line verdict beside the title, for sections with nothing more to say. */
  readonly summary?: Cell;
  readonly rows: readonly Row[];
  /** Pre-formatted lines printed after the rows (a table, for instance). */
  readonly block?: readonly string[];
}

/** East Asian wide and full-width characters take two terminal columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/gu;

/** The columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  let wide = 0;
  for (const _ of text.matchAll(WIDE)) wide += 1;
  return [...text].length + wide;
}

export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

const INDENT = '  ';
const GAP = '  ';

/** A cell of text; control characters from the plan are made visible (see ./visible). */
export function cell(text: string, paint?: (text: string) => string): Cell {
  const shown = visible(text);
  return paint === undefined ? { text: shown } : { text: shown, paint };
}

function paintCell(c: Cell): string {
  return c.paint === undefined ? c.text : c.paint(c.text);
}

/** Lays out rows of cells in columns; the last column is not padded. */
export function alignColumns(rows: readonly (readonly Cell[])[], indent = INDENT): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(c.text));
    });
  }
  return rows.map((row) => {
    const parts = row.map((c, i) => {
      const padded = i === row.length - 1 ? c.text : padEndWidth(c.text, widths[i] ?? 0);
      return paintCell({ ...c, text: padded });
    });
    return (indent + parts.join(GAP)).trimEnd();
  });
}

/** Renders sections with every value starting in the same column across the whole summary. */
export function renderSections(sections: readonly Section[], style: Style): string {
  let width = 0;
  for (const section of sections) {
    if (section.summary !== undefined) width = Math.max(width, displayWidth(section.title));
    for (const row of section.rows)
      width = Math.max(width, INDENT.length + displayWidth(visible(row.label)));
  }
  const column = width + GAP.length;
  const out: string[] = [];
  for (const section of sections) {
    if (out.length > 0) out.push('');
    const title = style.heading(section.title);
    if (section.summary === undefined) out.push(title);
    else out.push(title + ' '.repeat(column - displayWidth(section.title)) + paintCell(section.summary));
    for (const row of section.rows) {
      row.lines.forEach((line, i) => {
        const lead = i === 0 ? padEndWidth(INDENT + visible(row.label), column) : ' '.repeat(column);
        out.push((lead + paintCell(line)).trimEnd());
      });
    }
    if (section.block !== undefined) out.push(...section.block);
  }
  return out.join('\n') + '\n';
}
