/**
 * CSV text → rows of cells, through papaparse: comma, semicolon or tab, quoted cells, CRLF. The
 * row limit is checked before the table is built: line ends are counted first (a file with no
 * more lines than the limit cannot have more rows), and only past that are the rows counted with
 * papaparse's step mode, which builds no table and stops one row past the limit.
 */
import Papa from 'papaparse';
import type { Message } from '../i18n/message';
import { MAX_IMPORT_ROWS, refusal } from './types';

export type CsvTable =
  | { readonly ok: true; readonly rows: string[][]; readonly delimiter: string }
  | { readonly ok: false; readonly reason: string; readonly said: Message };

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * How much of the text is read for its first rows. Papaparse splits its whole input into lines
 * before it stops at `preview`, so a preview of a large file costs as much as reading it.
 */
const HEAD_CHARS = 64 * 1024;

/**
 * The separator that splits the header row into the most columns. Papaparse's own guess weighs
 * every row alike and can be swayed by free-text cells full of `;` (RVTools' Annotation).
 */
function headerDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let most = 0;
  const head = text.slice(0, HEAD_CHARS);
  for (const delimiter of DELIMITERS) {
    const fields = Papa.parse<string[]>(head, { delimiter, preview: 1 }).data[0]?.length ?? 0;
    if (fields > most) {
      best = delimiter;
      most = fields;
    }
  }
  return best;
}

function lineEnds(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** True when the text holds more than `limit` rows (empty rows at the end not counted). */
function moreRowsThan(text: string, delimiter: string, limit: number): boolean {
  const ends = lineEnds(text, '\n') || lineEnds(text, '\r');
  if (ends < limit) return false;
  let rows = 0;
  let lastFilled = 0;
  let over = false;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (row, parser) => {
      rows++;
      if (!isEmpty(row.data)) lastFilled = rows;
      if (lastFilled > limit) {
        over = true;
        parser.abort();
      }
    },
  });
  return over;
}

export function parseCsvTable(text: string, maxRows = MAX_IMPORT_ROWS): CsvTable {
  const delimiter = headerDelimiter(text);
  if (moreRowsThan(text, delimiter, maxRows + 1))
    return { ok: false, ...refusal('import.csv.tooManyRowsEarly', { max: maxRows }) };
  const result = Papa.parse<string[]>(text, {
    delimiter,
    // A backstop: one more than the limit (and the header) tells "too many" from "the limit".
    preview: maxRows + 2,
    skipEmptyLines: false,
  });
  const rows = result.data;
  while (rows.length > 0 && isEmpty(rows[rows.length - 1] ?? [])) rows.pop();
  if (rows.length > maxRows + 1)
    return { ok: false, ...refusal('import.csv.tooManyRows', { max: maxRows }) };
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal)
    return {
      ok: false,
      ...refusal('import.csv.quotes', { row: (fatal.row ?? 0) + 1, detail: fatal.message }),
    };
  return { ok: true, rows, delimiter: result.meta.delimiter };
}

/**
 * The table's first `count` rows, read without the rest: enough to tell a header, where reading a
 * large file that is no known table whole would be wasted (the detector tries CSV on any text).
 */
export function csvHead(text: string, count: number): string[][] {
  const head = text.slice(0, HEAD_CHARS);
  return Papa.parse<string[]>(head, { delimiter: headerDelimiter(head), preview: count }).data;
}

export function isEmpty(row: readonly unknown[]): boolean {
  return row.every((v) => v === null || v === undefined || String(v).trim() === '');
}
