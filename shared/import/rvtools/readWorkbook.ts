/**
 * The vInfo and vHost sheets of an RVTools workbook, through the injected xlsx reader. Only those
 * two sheets are parsed (a full export has some 25 more); sheet names match case-insensitively.
 */
import { checkWorkbookZip } from '../xlsxGuard';
import { importFailure, type ImportFailure, type ImportFile, type XlsxReader } from '../types';
import type { RvtoolsTable } from './mapRvtools';

export const RVTOOLS_SHEETS = ['vInfo', 'vHost'] as const;

export type WorkbookRead =
  { readonly ok: true; readonly vInfo: RvtoolsTable; readonly vHost: RvtoolsTable } | ImportFailure;

type Sheets = readonly { readonly sheet: string; readonly data: readonly (readonly unknown[])[] }[];

export async function readRvtoolsWorkbook(
  file: ImportFile,
  read: XlsxReader,
): Promise<WorkbookRead> {
  const guard = checkWorkbookZip(file.bytes);
  if (!guard.ok) return importFailure(file.name, null, guard.reason);
  const buffer = file.bytes.buffer.slice(
    file.bytes.byteOffset,
    file.bytes.byteOffset + file.bytes.byteLength,
  ) as ArrayBuffer;
  let sheets: Sheets;
  try {
    sheets = await read(buffer, { sheets: RVTOOLS_SHEETS });
  } catch (error) {
    if (!isSheetNotFound(error)) return unreadable(file.name, error);
    // A sheet named otherwise (`vinfo`, `VHOST`) or missing: read them all and look by name.
    try {
      sheets = await read(buffer, {});
    } catch (again) {
      return unreadable(file.name, again);
    }
  }
  const find = (name: string): RvtoolsTable | null => {
    const s = sheets.find((x) => x.sheet.trim().toLowerCase() === name.toLowerCase());
    return s ? { file: file.name, place: `sheet ${name}`, rows: s.data } : null;
  };
  const vInfo = find('vInfo');
  const vHost = find('vHost');
  if (!vHost)
    return importFailure(
      file.name,
      'sheet vHost',
      'the sheet is missing (export every tab from RVTools)',
    );
  if (!vInfo)
    return importFailure(
      file.name,
      'sheet vInfo',
      'the sheet is missing (export every tab from RVTools)',
    );
  return { ok: true, vInfo, vHost };
}

function isSheetNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'SheetNotFoundError';
}

function unreadable(file: string, error: unknown): ImportFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return importFailure(file, null, `is not a readable .xlsx workbook (${detail})`);
}
