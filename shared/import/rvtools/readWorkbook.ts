/**
 * The vInfo and vHost sheets of an RVTools workbook, through the injected xlsx reader. The zip is
 * checked first (xlsxGuard: sizes as declared), then only the parts Strata reads are inflated,
 * capped and row-counted (workbookParts), and only those reach the reader. Sheet names match
 * case-insensitively.
 */
import { checkWorkbookZip } from '../xlsxGuard';
import { message } from '../../i18n/message';
import { importFailure, type ImportFailure, type ImportFile, type XlsxReader } from '../types';
import type { RvtoolsTable } from './mapRvtools';
import { readWorkbookParts } from './workbookParts';

export const RVTOOLS_SHEETS = ['vInfo', 'vHost'] as const;

export type WorkbookRead =
  { readonly ok: true; readonly vInfo: RvtoolsTable; readonly vHost: RvtoolsTable } | ImportFailure;

type Sheets = readonly { readonly sheet: string; readonly data: readonly (readonly unknown[])[] }[];

/** read-excel-file's own errors, whose messages say what is wrong with the file. */
const READER_ERRORS = new Set([
  'InvalidInputError',
  'InvalidSpreadsheetError',
  'SheetNotFoundError',
]);

export async function readRvtoolsWorkbook(
  file: ImportFile,
  read: XlsxReader,
): Promise<WorkbookRead> {
  const guard = checkWorkbookZip(file.bytes);
  if (!guard.ok) return importFailure(file.name, null, guard.said);
  const parts = readWorkbookParts(file.bytes, guard.declared);
  if (!parts.ok) return importFailure(file.name, parts.place, parts.said);
  // The stored zip fills its buffer (fflate sizes it exactly): no copy of its 15 MiB then.
  const { zip } = parts;
  const buffer = (
    zip.byteOffset === 0 && zip.byteLength === zip.buffer.byteLength
      ? zip.buffer
      : zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength)
  ) as ArrayBuffer;
  let sheets: Sheets;
  try {
    sheets = await read(buffer, { sheets: [parts.sheetNames.vInfo, parts.sheetNames.vHost] });
  } catch (error) {
    return unreadable(file.name, error);
  }
  const find = (name: 'vInfo' | 'vHost'): RvtoolsTable | ImportFailure => {
    const place = `sheet ${name}`;
    const s = sheets.find((x) => x.sheet === parts.sheetNames[name]);
    if (!s) return importFailure(file.name, place, message('import.xlsx.sheetMissing'));
    // The reader gives no rows for a sheet it cannot reach (its relationship's type damaged, say).
    if (!Array.isArray(s.data))
      return importFailure(file.name, place, message('import.xlsx.xmlDamaged'));
    return { file: file.name, place, rows: s.data };
  };
  const vHost = find('vHost');
  if ('ok' in vHost) return vHost;
  const vInfo = find('vInfo');
  if ('ok' in vInfo) return vInfo;
  return { ok: true, vInfo, vHost };
}

/**
 * The reader's own errors keep their message; anything else it throws on a damaged part (a
 * TypeError deep in its XML handling) says only that the workbook is damaged.
 */
function unreadable(file: string, error: unknown): ImportFailure {
  const named = error instanceof Error && READER_ERRORS.has(error.name);
  return importFailure(
    file,
    null,
    named
      ? message('import.xlsx.unreadable', { detail: error.message })
      : message('import.xlsx.xmlDamaged'),
  );
}
