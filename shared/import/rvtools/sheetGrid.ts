/**
 * The grid a worksheet's cells span, read from the `r` attributes of its `<row>` and `<c>` tags
 * before the xlsx reader sees the sheet. read-excel-file fills every row and column up to the
 * highest it is told of: a cell at row 10^12, or an address of damaged letters (each letter is
 * worth its character code: `BQ+\uFFFD…` is a column past 10^20), had it grow one array until V8
 * aborted the whole process — no error to catch (found by the fuzzer: seed 20306671). An address
 * must be Excel's (`A1` … `XFD1048576`, ECMA-376 Part 1 §18.3.1.4), its row within the rows
 * Strata imports, and the rows times the columns within MAX_SHEET_CELLS.
 */
import { refusal, type Refusal } from '../types';

/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;

/**
 * Cells a sheet may span, empty ones included (the reader holds each): 200,001 rows of 150
 * columns. RVTools' vInfo has about 90 columns.
 */
export const MAX_SHEET_CELLS = 30_000_000;

const LT = 0x3c;
const GT = 0x3e;
const QUOTE = 0x22;
const APOS = 0x27;

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Where the name of the tag at b[i] begins, past an optional namespace prefix (`x:`). */
function nameAt(b: Uint8Array, i: number): number {
  const j = i + 1;
  const first = b[j];
  // The usual tags of a sheet (`<c`, `<v>`, `</c>`, `<row`) have no prefix: no scan for them.
  if (first === 0x63 || first === 0x72 || first === 0x76 || first === 0x2f) return j;
  for (let k = j; k < b.length && k - j <= 12; k++) {
    const c = b[k];
    if (c === 0x3a) return k + 1;
    if (c === GT || isSpace(c) || c === 0x2f) return j;
  }
  return j;
}

/** The tag named at b[i] (`<c`, `<row`, with an optional `x:` prefix), and where its name ends. */
function tagAt(b: Uint8Array, i: number): ['c' | 'row', number] | null {
  const j = nameAt(b, i);
  const endsName = (k: number): boolean => isSpace(b[k]) || b[k] === GT || b[k] === 0x2f;
  if (b[j] === 0x63) return endsName(j + 1) ? ['c', j + 1] : null;
  if (b[j] === 0x72 && b[j + 1] === 0x6f && b[j + 2] === 0x77)
    return endsName(j + 3) ? ['row', j + 3] : null;
  return null;
}

/**
 * The rest of a start tag read attribute by attribute, as an XML parser does (a `>` inside a
 * quoted value does not end the tag): where it ends, and where the value of its `r` attribute
 * lies. Null when the bytes end first.
 */
function readTag(b: Uint8Array, from: number): { end: number; r: [number, number] | null } | null {
  let r: [number, number] | null = null;
  let j = from;
  for (;;) {
    while (isSpace(b[j])) j++;
    const c = b[j];
    if (c === undefined) return null;
    if (c === GT) return { end: j, r };
    if (c === 0x2f) {
      j++;
      continue;
    }
    const name = j;
    while (j < b.length && b[j] !== 0x3d && b[j] !== GT && !isSpace(b[j])) j++;
    const isR = j - name === 1 && b[name] === 0x72;
    while (isSpace(b[j])) j++;
    if (b[j] !== 0x3d) continue;
    j++;
    while (isSpace(b[j])) j++;
    const quote = b[j];
    if (quote !== QUOTE && quote !== APOS) continue;
    const close = b.indexOf(quote, j + 1);
    if (close < 0) return null;
    if (isR && r === null) r = [j + 1, close];
    j = close + 1;
  }
}

/**
 * An address's column (0 for a row's `r`) and row, read from its bytes: letters A–Z (at most
 * three, for a cell), then a row number without leading zeros; null when it is not one.
 */
function addressAt(
  b: Uint8Array,
  from: number,
  to: number,
  cell: boolean,
): [number, number] | null {
  let i = from;
  let column = 0;
  while (cell && i < to && i - from < 3 && (b[i] as number) >= 0x41 && (b[i] as number) <= 0x5a)
    column = column * 26 + ((b[i++] as number) - 64);
  if ((cell && column === 0) || i === to || b[i] === 0x30 || to - i > 7) return null;
  let row = 0;
  for (; i < to; i++) {
    const d = (b[i] as number) - 0x30;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return [column, row];
}

/** Quoted for a message: printable ASCII only, at most 16 characters. */
function shown(ref: string): string {
  const clean = ref.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 16 ? `${clean.slice(0, 16)}…` : clean;
}

/**
 * Null when the sheet's addresses are sound and its grid within bounds; else why not.
 * `maxRows` is the rows Strata imports, with the header.
 */
export function sheetGridRefusal(b: Uint8Array, part: string, maxRows: number): Refusal | null {
  let rows = 0;
  let columns = 0;
  for (let i = b.indexOf(LT); i >= 0; i = b.indexOf(LT, i + 1)) {
    const tag = tagAt(b, i);
    if (tag === null) continue;
    const read = readTag(b, tag[1]);
    if (read === null) break;
    i = read.end;
    if (read.r === null) continue;
    const [from, to] = read.r;
    const address = addressAt(b, from, to, tag[0] === 'c');
    const [column, row] = address ?? [0, 0];
    if (!address || column > MAX_COLUMNS || row > 1_048_576) {
      // Addresses are ASCII; anything else is shown as `?` in the refusal.
      const ref = String.fromCharCode(...b.subarray(from, Math.min(to, from + 24)));
      return refusal('import.xlsx.cellAddress', { part, ref: shown(ref) });
    }
    if (row > maxRows) return refusal('import.xlsx.cellPastRows', { row, max: maxRows - 1 });
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  if (rows * columns > MAX_SHEET_CELLS)
    return refusal('import.xlsx.sheetGrid', { rows, columns, max: MAX_SHEET_CELLS });
  return null;
}
