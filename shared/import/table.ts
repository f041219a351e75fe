/**
 * A sheet or CSV table read by header name: case-insensitive, in any order, among any number of
 * other columns. A missing required column is the one named error of the file.
 */
import { cellText, headerKey } from './text';

export interface ColumnSpec {
  /** Names to try, first match wins (RVTools renamed a few columns between versions). */
  readonly names: readonly string[];
  readonly required: boolean;
}

export type Columns<K extends string> = Readonly<Record<K, number>>;

export type ColumnLookup<K extends string> =
  | { readonly ok: true; readonly columns: Columns<K>; readonly headerRow: number }
  | { readonly ok: false; readonly missing: string };

/**
 * Finds the columns in the first row that holds every required one (RVTools' CSV and some
 * re-saved workbooks start with a title row); a column not found is -1.
 */
export function findColumns<K extends string>(
  rows: readonly (readonly unknown[])[],
  spec: Readonly<Record<K, ColumnSpec>>,
  searchRows = 5,
): ColumnLookup<K> {
  let firstMissing: string | null = null;
  for (let r = 0; r < Math.min(searchRows, rows.length); r++) {
    const keys = (rows[r] ?? []).map(headerKey);
    const columns = {} as Record<K, number>;
    let missing: string | null = null;
    for (const key of Object.keys(spec) as K[]) {
      const { names, required } = spec[key];
      let at = -1;
      for (const name of names) {
        at = keys.indexOf(name.toLowerCase());
        if (at >= 0) break;
      }
      if (at < 0 && required && missing === null) missing = names[0] ?? key;
      columns[key] = at;
    }
    if (missing === null) return { ok: true, columns, headerRow: r };
    firstMissing ??= missing;
  }
  return { ok: false, missing: firstMissing ?? Object.values<ColumnSpec>(spec)[0]?.names[0] ?? '' };
}

/** The text of a cell (by column index, -1 for a column the table lacks). */
export function cell(row: readonly unknown[], column: number): string {
  return column < 0 ? '' : cellText(row[column]);
}

export function rawCell(row: readonly unknown[], column: number): unknown {
  return column < 0 ? undefined : row[column];
}

/** True for the boolean cells of RVTools (`True`, `TRUE`, `1`, `yes`, or a real boolean). */
export function isTrue(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return /^(true|yes|y|1|wahr|vrai|ja|oui|sí|si)$/i.test(cellText(value));
}
