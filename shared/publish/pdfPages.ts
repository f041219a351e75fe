/**
 * Pages of running text and tables on pdf-lib: headings, paragraphs and tables whose rows wrap
 * their cells and are never split across pages (a row that does not fit starts the next page,
 * under the table's header repeated).
 */
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from './pdfContext';
import { drawTextIn, drawableText } from './pdfText';

export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** Points (1/72 inch). */
export const PAPER_SIZE: Readonly<Record<Paper, readonly [number, number]>> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

export const MARGIN = 48;
const TEXT = rgb(0.11, 0.14, 0.19);
const MUTED = rgb(0.41, 0.44, 0.52);
const RULE = rgb(0.84, 0.86, 0.89);
const HEAD_FILL = rgb(0.95, 0.96, 0.97);
/** Better and worse in the comparison: always beside a word, never colour alone. */
const TONES = { good: rgb(0.08, 0.47, 0.24), bad: rgb(0.75, 0.11, 0.11) } as const;
const BODY = 9.5;
const LINE = 12.5;
const CELL_PAD = 4;
/** A cell wraps to at most this many lines (the last ends with an ellipsis), so a row always fits a page. */
const MAX_CELL_LINES = 12;

/** A table cell: its text, or its text in the colour of better (`good`) or worse (`bad`). */
export type Cell = string | { readonly text: string; readonly tone?: keyof typeof TONES };

const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);
const cellColor = (cell: Cell | undefined) =>
  cell !== undefined && typeof cell !== 'string' && cell.tone ? TONES[cell.tone] : TEXT;

export interface Column {
  readonly header: string;
  /** A share of the text width (the shares of a table add up to 1). */
  readonly share: number;
}

/** `text` broken into lines no wider than `width` at `size` (words first, long words by characters). */
export function wrapText(font: PDFFont, text: string, size: number, width: number): string[] {
  const clean = drawableText(font, text);
  const fits = (s: string): boolean => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of clean.split(/ +/)) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (fits(tried)) {
      line = tried;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  if (lines.length <= MAX_CELL_LINES) return lines;
  const kept = lines.slice(0, MAX_CELL_LINES);
  kept[MAX_CELL_LINES - 1] = `${(kept[MAX_CELL_LINES - 1] ?? '').slice(0, -2)}…`;
  return kept;
}

export class PdfPages {
  page!: PDFPage;
  /** The baseline-to-be of the next line, from the page's bottom. */
  y = 0;
  readonly width: number;
  readonly height: number;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    paper: Paper,
  ) {
    [this.width, this.height] = PAPER_SIZE[paper];
    this.newPage();
  }

  get textWidth(): number {
    return this.width - 2 * MARGIN;
  }

  /** The room left above the bottom margin. */
  get room(): number {
    return this.y - MARGIN;
  }

  newPage(): void {
    this.page = this.doc.addPage([this.width, this.height]);
    this.y = this.height - MARGIN;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.room < height) this.newPage();
  }

  text(text: string, options: { size?: number; bold?: boolean; muted?: boolean } = {}): void {
    const size = options.size ?? BODY;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const lines = wrapText(font, text, size, this.textWidth);
    for (const line of lines) {
      this.ensure(size * 1.35);
      this.y -= size;
      drawTextIn(this.page, font, line, {
        x: MARGIN,
        y: this.y,
        size,
        color: options.muted ? MUTED : TEXT,
      });
      this.y -= size * 0.35;
    }
  }

  heading(text: string): void {
    // A heading never ends a page alone: keep room for it and two lines after it.
    this.ensure(14 + 8 + 3 * LINE);
    this.y -= 10;
    this.text(text, { size: 14, bold: true });
    this.y -= 4;
  }

  space(points: number): void {
    this.y -= points;
  }

  table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): void {
    const widths = columns.map((c) => c.share * this.textWidth);
    const layout = (cells: readonly Cell[], font: PDFFont): string[][] =>
      cells.map((cell, i) =>
        wrapText(font, cellText(cell), BODY, (widths[i] ?? 0) - 2 * CELL_PAD),
      );
    const rowHeight = (lines: string[][]): number =>
      Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * CELL_PAD;
    const head = layout(
      columns.map((c) => c.header),
      this.fonts.bold,
    );
    const headHeight = rowHeight(head);
    const drawRow = (
      lines: string[][],
      font: PDFFont,
      fill: boolean,
      cells: readonly Cell[] = [],
    ): void => {
      const height = rowHeight(lines);
      const top = this.y;
      if (fill)
        this.page.drawRectangle({
          x: MARGIN,
          y: top - height,
          width: this.textWidth,
          height,
          color: HEAD_FILL,
        });
      let x = MARGIN;
      lines.forEach((cellLines, i) => {
        cellLines.forEach((line, j) => {
          drawTextIn(this.page, font, line, {
            x: x + CELL_PAD,
            y: top - CELL_PAD - BODY - j * LINE + 1,
            size: BODY,
            color: cellColor(cells[i]),
          });
        });
        x += widths[i] ?? 0;
      });
      this.y = top - height;
      this.page.drawLine({
        start: { x: MARGIN, y: this.y },
        end: { x: MARGIN + this.textWidth, y: this.y },
        thickness: 0.5,
        color: RULE,
      });
    };
    this.ensure(headHeight + (rows[0] ? rowHeight(layout(rows[0], this.fonts.regular)) : 0));
    drawRow(head, this.fonts.bold, true);
    for (const row of rows) {
      const lines = layout(row, this.fonts.regular);
      const height = rowHeight(lines);
      if (this.room < height) {
        this.newPage();
        drawRow(head, this.fonts.bold, true);
      }
      drawRow(lines, this.fonts.regular, false, row);
    }
    this.y -= 6;
  }

  /** Page numbers (`pageText(1, 3)`: `Page 1 of 3`) and a running title at the foot of every page. */
  footers(title: string, pageText: (page: number, pages: number) => string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const font = this.fonts.regular;
      const right = drawableText(font, pageText(i + 1, pages.length));
      const room = this.textWidth - font.widthOfTextAtSize(right, 8) - 16;
      const [left = ''] = wrapText(font, title, 8, room);
      drawTextIn(page, font, left, { x: MARGIN, y: MARGIN / 2, size: 8, color: MUTED });
      drawTextIn(page, font, right, {
        x: this.width - MARGIN - font.widthOfTextAtSize(right, 8),
        y: MARGIN / 2,
        size: 8,
        color: MUTED,
      });
    });
  }
}
