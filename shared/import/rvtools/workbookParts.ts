/**
 * The parts of an RVTools workbook that Strata reads, taken out before any XML is parsed: the
 * workbook's sheet list says which parts hold vInfo and vHost; only those sheets and the small
 * shared parts (workbook, relationships, shared strings, styles) are inflated, each in slices
 * with a cap (never more than its zip entry declares, which xlsxGuard has already checked), and
 * the rows of each sheet are counted while it inflates — from its `<dimension ref>` first, then
 * tag by tag — so a sheet past 200,000 rows is refused before the rest of it is inflated and
 * before a cell is parsed. The parts are handed on as a stored (uncompressed) zip, so the xlsx
 * reader sees nothing but what was checked here. A full RVTools export holds some 25 more sheets;
 * they are never inflated.
 */
import { strFromU8, Unzip, UnzipInflate, UnzipPassThrough, zipSync, type Zippable } from 'fflate';
import { formatMiB } from '../../load/parseText';
import { MAX_IMPORT_ROWS, refusal, type Refusal } from '../types';
import { MAX_UNZIPPED_BYTES } from '../xlsxGuard';
import { sheetGridRefusal } from './sheetGrid';

export type WorkbookParts =
  | {
      readonly ok: true;
      /** A stored zip of the parts read-excel-file needs. */
      readonly zip: Uint8Array;
      /** The sheet names as the workbook spells them (`vinfo`, `VHOST` …), keyed by RVTools' name. */
      readonly sheetNames: Readonly<Record<'vInfo' | 'vHost', string>>;
    }
  | ({ readonly ok: false; readonly place: string | null } & Refusal);

/** Compressed bytes pushed at a time: DEFLATE inflates at most ~1,032 : 1, so ≤ ~66 MiB per slice. */
const SLICE = 64 * 1024;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return null;
  return (m[2] ?? m[3] ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Sheet name → part path, from the workbook's `<sheet>` list and its relationships. */
function sheetParts(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id === null || target === null) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    targets.set(id, path.replace(/\/\.\//g, '/'));
  }
  const out = new Map<string, string>();
  for (const tag of workbook.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const path = targets.get(attr(tag, 'id') ?? '');
    if (name !== null && path !== undefined) out.set(name, path);
  }
  return out;
}

const LT = 0x3c;
const COLON = 0x3a;

/** 1: a `<row` (or `<x:row`) start tag begins at i; 0: none; -1: the bytes end before it is known. */
function rowTagAt(b: Uint8Array, i: number): 1 | 0 | -1 {
  let j = i + 1;
  // An optional namespace prefix (`x:`), at most 12 characters.
  let k = j;
  while (k < b.length && k - j <= 12 && isNameByte(b[k] as number)) k++;
  if (k < b.length && b[k] === COLON && k > j) j = k + 1;
  else if (k >= b.length && k - j <= 12) return -1;
  if (j + 3 >= b.length) return -1;
  if (b[j] !== 0x72 || b[j + 1] !== 0x6f || b[j + 2] !== 0x77) return 0;
  const next = b[j + 3] as number;
  return next === 0x20 ||
    next === 0x3e ||
    next === 0x2f ||
    next === 0x09 ||
    next === 0x0a ||
    next === 0x0d
    ? 1
    : 0;
}

function isNameByte(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d ||
    c === 0x2e
  );
}

/**
 * Counts row start tags in the bytes as they inflate, without making text of them; a tag cut
 * at the end of one slice is finished with the start of the next.
 */
class RowCounter {
  rows = 0;
  /** The rows `<dimension ref>` names; trusted only when the part is large enough to hold them. */
  declared: number | null = null;
  private carry: Uint8Array | null = null;
  private seen = 0;

  constructor(private readonly partSize: number) {}

  push(chunk: Uint8Array): void {
    if (this.declared === null && this.seen < 65_536) {
      const head = strFromU8(chunk.subarray(0, 65_536 - this.seen), true);
      const ref = /<(?:[\w.-]+:)?dimension\s+ref\s*=\s*"[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(head);
      // A row takes at least ~12 bytes (`<row r="1"/>`): a smaller part says more than it holds.
      if (ref && this.partSize >= Number(ref[1]) * 12) this.declared = Number(ref[1]);
    }
    this.seen += chunk.length;
    if (this.carry !== null) {
      const joined = new Uint8Array(this.carry.length + Math.min(chunk.length, 32));
      joined.set(this.carry);
      joined.set(chunk.subarray(0, 32), this.carry.length);
      const at = rowTagAt(joined, 0);
      if (at === 1) this.rows += 1;
      this.carry = at === -1 && chunk.length < 32 ? joined : null;
    }
    for (let i = chunk.indexOf(LT); i >= 0; i = chunk.indexOf(LT, i + 1)) {
      const at = rowTagAt(chunk, i);
      if (at === 1) this.rows += 1;
      else if (at === -1) {
        this.carry = chunk.slice(i);
        break;
      }
    }
  }
}

/**
 * The longest stretch of a part without a `<`: a cell holds at most 32,767 characters (Excel's
 * limit), five bytes each when escaped (`&amp;`), so no workbook a spreadsheet wrote comes near it.
 * Past it the part is refused: read-excel-file's streaming XML parser re-reads the text it holds
 * back on every chunk, so one long stretch (25 MiB of blanks in a sheet) takes it minutes.
 */
export const MAX_MARKUP_GAP = 256 * 1024;

/** Measures the longest run of bytes between two `<` as a part inflates. */
class MarkupGap {
  longest = 0;
  private run = 0;

  push(chunk: Uint8Array): void {
    let from = 0;
    for (let i = chunk.indexOf(LT); i >= 0; i = chunk.indexOf(LT, i + 1)) {
      this.longest = Math.max(this.longest, this.run + i - from);
      this.run = 0;
      from = i + 1;
    }
    this.run += chunk.length - from;
    this.longest = Math.max(this.longest, this.run);
  }
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : formatMiB(bytes);
}

interface Wanted {
  readonly cap: number;
  readonly sheet: string | null;
}

/**
 * Inflates the chosen entries of a zip, each in slices, capped; a sheet is also row-counted.
 * Returns the parts, or why it stopped.
 */
function inflateParts(
  bytes: Uint8Array,
  maxRows: number,
  choose: (name: string, declared: number | undefined) => Wanted | null,
):
  | { ok: true; parts: Map<string, Uint8Array> }
  | ({ ok: false; place: string | null } & Refusal) {
  const parts = new Map<string, Uint8Array>();
  let stop: ({ place: string | null } & Refusal) | null = null;
  let total = 0;
  const unzip = new Unzip((file) => {
    if (stop !== null || parts.has(file.name)) return;
    const wanted = choose(file.name, file.originalSize);
    if (wanted === null) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const rows = wanted.sheet === null ? null : new RowCounter(wanted.cap);
    const gap = new MarkupGap();
    const place = wanted.sheet === null ? null : `sheet ${wanted.sheet}`;
    file.ondata = (error, data, final) => {
      if (stop !== null) return;
      if (error) {
        stop = {
          place,
          ...refusal('import.xlsx.partDamaged', { part: file.name, detail: error.message }),
        };
        return;
      }
      size += data.length;
      total += data.length;
      if (size > wanted.cap || total > MAX_UNZIPPED_BYTES) {
        stop = {
          place,
          ...refusal('import.xlsx.partTooBig', {
            part: file.name,
            size: sizeText(Math.min(wanted.cap, MAX_UNZIPPED_BYTES)),
          }),
        };
        file.terminate();
        return;
      }
      gap.push(data);
      if (gap.longest > MAX_MARKUP_GAP) {
        stop = {
          place,
          ...refusal('import.xlsx.markupGap', { part: file.name, kib: MAX_MARKUP_GAP / 1024 }),
        };
        file.terminate();
        return;
      }
      if (rows) {
        rows.push(data);
        const allowed = maxRows + 1; // and the header
        const over =
          rows.declared !== null && rows.declared > allowed
            ? rows.declared
            : rows.rows > allowed
              ? rows.rows
              : 0;
        if (over > 0) {
          stop = {
            place,
            ...(rows.declared === over
              ? refusal('import.xlsx.declaredRows', { rows: over - 1, max: maxRows })
              : refusal('import.xlsx.tooManyRows', { max: maxRows })),
          };
          file.terminate();
          return;
        }
      }
      chunks.push(data);
      if (final) {
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        parts.set(file.name, out);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && stop === null; at += SLICE)
      unzip.push(
        bytes.subarray(at, Math.min(bytes.length, at + SLICE)),
        at + SLICE >= bytes.length,
      );
  } catch (error) {
    return {
      ok: false,
      place: null,
      ...refusal('import.xlsx.unreadable', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    };
  }
  if (stop !== null) return { ok: false, ...(stop as { place: string | null } & Refusal) };
  return { ok: true, parts };
}

/** Declared sizes from the central directory (xlsxGuard has checked them), by entry name. */
export function readWorkbookParts(
  bytes: Uint8Array,
  declared: ReadonlyMap<string, number>,
  maxRows = MAX_IMPORT_ROWS,
): WorkbookParts {
  const capOf = (name: string, local: number | undefined): number =>
    Math.min(MAX_UNZIPPED_BYTES, declared.get(name) ?? local ?? MAX_UNZIPPED_BYTES);
  // First the sheet list (two small parts), to know which parts are vInfo and vHost.
  const index = inflateParts(bytes, maxRows, (name, local) =>
    name === WORKBOOK || name === WORKBOOK_RELS ? { cap: capOf(name, local), sheet: null } : null,
  );
  if (!index.ok) return index;
  const workbook = index.parts.get(WORKBOOK);
  const rels = index.parts.get(WORKBOOK_RELS);
  if (!workbook || !rels)
    return {
      ok: false,
      place: null,
      ...refusal('import.xlsx.noPart', { part: workbook ? WORKBOOK_RELS : WORKBOOK }),
    };
  const sheets = sheetParts(strFromU8(workbook), strFromU8(rels));
  const find = (want: string): [string, string] | null => {
    for (const [name, path] of sheets)
      if (name.trim().toLowerCase() === want.toLowerCase()) return [name, path];
    return null;
  };
  const vHost = find('vHost');
  const vInfo = find('vInfo');
  for (const [want, found] of [
    ['vHost', vHost],
    ['vInfo', vInfo],
  ] as const)
    if (!found)
      return {
        ok: false,
        place: `sheet ${want}`,
        ...refusal('import.xlsx.sheetMissing'),
      };
  const sheetOf = new Map<string, string>([
    [(vHost as [string, string])[1], 'vHost'],
    [(vInfo as [string, string])[1], 'vInfo'],
  ]);
  const allSheets = new Set(sheets.values());
  // Then the two sheets, and every other part but the other sheets (shared strings, styles …).
  const read = inflateParts(bytes, maxRows, (name, local) => {
    if (!/\.(xml|rels)$/i.test(name)) return null;
    const sheet = sheetOf.get(name);
    if (
      sheet === undefined &&
      (allSheets.has(name) || /^xl\/(worksheets|chartsheets|drawings|charts)\//.test(name))
    )
      return null;
    return { cap: capOf(name, local), sheet: sheet ?? null };
  });
  if (!read.ok) return read;
  for (const [path, sheet] of sheetOf)
    if (!read.parts.has(path))
      return {
        ok: false,
        place: `sheet ${sheet}`,
        ...refusal('import.xlsx.partMissing', { part: path }),
      };
  for (const [path, sheet] of sheetOf) {
    const grid = sheetGridRefusal(read.parts.get(path) as Uint8Array, path, maxRows + 1);
    if (grid) return { ok: false, place: `sheet ${sheet}`, ...grid };
  }
  const files: Zippable = {};
  for (const [name, data] of read.parts) files[name] = [data, { level: 0 }];
  return {
    ok: true,
    zip: zipSync(files, { level: 0 }),
    sheetNames: { vInfo: (vInfo as [string, string])[0], vHost: (vHost as [string, string])[0] },
  };
}
