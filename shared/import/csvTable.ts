/** CSV text → rows of cells, through papaparse: comma, semicolon or tab, quoted cells, CRLF. */
import Papa from 'papaparse';
import { MAX_IMPORT_ROWS } from './types';

export type CsvTable =
  | { readonly ok: true; readonly rows: string[][]; readonly delimiter: string }
  | { readonly ok: false; readonly reason: string };

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The separator that splits the header row into the most columns. Papaparse's own guess weighs
 * every row alike and can be swayed by free-text cells full of `;` (RVTools' Annotation).
 */
function headerDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const fields = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0]?.length ?? 0;
    if (fields > most) {
      best = delimiter;
      most = fields;
    }
  }
  return best;
}

export function parseCsvTable(text: string): CsvTable {
  const result = Papa.parse<string[]>(text, {
    delimiter: headerDelimiter(text),
    // One more than the limit (and the header) tells "too many" from "exactly the limit".
    preview: MAX_IMPORT_ROWS + 2,
    skipEmptyLines: false,
  });
  const rows = result.data;
  while (rows.length > 0 && isEmpty(rows[rows.length - 1] ?? [])) rows.pop();
  if (rows.length > MAX_IMPORT_ROWS + 1)
    return {
      ok: false,
      reason: `more than ${MAX_IMPORT_ROWS} rows; Strata imports up to ${MAX_IMPORT_ROWS}`,
    };
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) return { ok: false, reason: `row ${(fatal.row ?? 0) + 1}: ${fatal.message}` };
  return { ok: true, rows, delimiter: result.meta.delimiter };
}

export function isEmpty(row: readonly unknown[]): boolean {
  return row.every((v) => v === null || v === undefined || String(v).trim() === '');
}
