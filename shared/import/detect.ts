/**
 * Which format a file is in, from its content: a zip is a workbook (RVTools); CSV headers tell
 * RVTools' vInfo and vHost tabs and Strata CSV apart; JSON and YAML are told by their keys
 * (`type` node/qemu/lxc, `kind`/`apiVersion`, `services`). The extension only says what to try first.
 */
import { message } from '../i18n/message';
import { isComposeDocument } from './compose';
import { csvHead, parseCsvTable } from './csvTable';
import { isK8sObject } from './kubernetes/objects';
import { isProxmoxResources } from './proxmox';
import { VHOST_MARKERS, VINFO_MARKERS } from './rvtools/columns';
import { isStrataCsvHeader } from './strataCsv';
import { decodeText, headerKey } from './text';
import { importFailure, type ImportFailure, type ImportFile, type ImportFormat } from './types';
import { readYamlDocuments } from './yamlText';

export type Piece =
  | { readonly kind: 'rvtools-xlsx'; readonly file: ImportFile }
  | { readonly kind: 'rvtools-vinfo'; readonly file: ImportFile; readonly rows: string[][] }
  | { readonly kind: 'rvtools-vhost'; readonly file: ImportFile; readonly rows: string[][] }
  | { readonly kind: 'strata-csv'; readonly file: ImportFile; readonly text: string }
  | { readonly kind: 'proxmox'; readonly file: ImportFile; readonly value: unknown }
  | { readonly kind: 'compose'; readonly file: ImportFile; readonly value: unknown }
  | { readonly kind: 'kubernetes'; readonly file: ImportFile; readonly docs: unknown[] };

export const FORMAT_OF: Readonly<Record<Piece['kind'], ImportFormat>> = {
  'rvtools-xlsx': 'rvtools',
  'rvtools-vinfo': 'rvtools',
  'rvtools-vhost': 'rvtools',
  'strata-csv': 'csv',
  proxmox: 'proxmox',
  compose: 'compose',
  kubernetes: 'kubernetes',
};

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function detectPiece(file: ImportFile, forced: ImportFormat | null): Piece | ImportFailure {
  if (isZip(file.bytes)) {
    if (forced !== null && forced !== 'rvtools')
      return importFailure(
        file.name,
        null,
        message('import.detect.zipNotText', { format: forced }),
      );
    return { kind: 'rvtools-xlsx', file };
  }
  if (forced === 'rvtools' && /\.xlsx$/i.test(file.name))
    return importFailure(file.name, null, message('import.xlsx.noZipHeader'));
  const text = decodeText(file.bytes);
  if (text.trim() === '') return importFailure(file.name, null, message('import.fail.empty'));
  const ext = (/\.([a-z0-9]+)$/i.exec(file.name)?.[1] ?? '').toLowerCase();
  // Told it is Strata CSV, a table is read as such, so that a missing column is named.
  if (forced === 'csv')
    return asCsv(file, text, true) ?? importFailure(file.name, null, message('import.fail.notCsv'));
  const tries: ((f: ImportFile, t: string) => Piece | ImportFailure | null)[] =
    ext === 'csv' || ext === 'txt' || ext === 'tsv'
      ? [asCsv, asJson, asYaml]
      : ext === 'json'
        ? [asJson, asYaml, asCsv]
        : ext === 'yaml' || ext === 'yml'
          ? [asYaml, asJson, asCsv]
          : [asJson, asCsv, asYaml];
  let firstError: ImportFailure | null = null;
  for (const attempt of tries) {
    const piece = attempt(file, text);
    if (piece === null) continue;
    if ('ok' in piece) {
      firstError ??= piece;
      continue;
    }
    if (forced !== null && FORMAT_OF[piece.kind] !== forced)
      return importFailure(
        file.name,
        null,
        message('import.detect.readsAs', { found: FORMAT_OF[piece.kind], format: forced }),
      );
    return piece;
  }
  return (
    firstError ??
    importFailure(
      file.name,
      null,
      forced === null
        ? message('import.detect.unknown')
        : message('import.detect.notForced', { format: forced }),
    )
  );
}

function asJson(file: ImportFile, text: string): Piece | ImportFailure | null {
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    return null; // YAML may still read it (JSON with comments, or a flow-style YAML document)
  }
  return classifyValue(file, [value]);
}

function asYaml(file: ImportFile, text: string): Piece | ImportFailure | null {
  const read = readYamlDocuments(text);
  if (!read.ok) {
    // Only a file that says it is YAML gets the YAML error; else it is just not this format.
    return /\.ya?ml$/i.test(file.name) ? importFailure(file.name, read.place, read.said) : null;
  }
  return classifyValue(file, read.docs);
}

function classifyValue(file: ImportFile, docs: unknown[]): Piece | null {
  if (docs.length === 1 && isProxmoxResources(docs[0]))
    return { kind: 'proxmox', file, value: docs[0] };
  if (docs.length === 1 && isComposeDocument(docs[0]))
    return { kind: 'compose', file, value: docs[0] };
  if (docs.some(isK8sObject)) return { kind: 'kubernetes', file, docs };
  return null;
}

/** Rows among the first few that may be a table's header (a title line or two may come first). */
const HEADER_ROWS = 5;

type CsvKind = 'strata-csv' | 'rvtools-vinfo' | 'rvtools-vhost';

/** Which table a header row says the file is, if any. */
function csvKindOf(row: readonly string[]): CsvKind | null {
  if (isStrataCsvHeader(row)) return 'strata-csv';
  const keys = new Set(row.map(headerKey));
  if (VINFO_MARKERS.some((m) => keys.has(m)) && keys.has('vm')) return 'rvtools-vinfo';
  if (VHOST_MARKERS.some((m) => keys.has(m))) return 'rvtools-vhost';
  return null;
}

function asCsv(file: ImportFile, text: string, strata = false): Piece | ImportFailure | null {
  const nl = text.indexOf('\n');
  const firstLine = nl < 0 ? text : text.slice(0, nl);
  if (!/[,;\t|]/.test(firstLine)) return null;
  // The header is looked for in the first rows alone; the whole table is read only for a known one.
  let kind: CsvKind | null = strata ? 'strata-csv' : null;
  for (const row of csvHead(text, HEADER_ROWS)) kind ??= csvKindOf(row);
  if (kind === null) return null;
  const table = parseCsvTable(text);
  if (!table.ok) return importFailure(file.name, null, table.said);
  if (kind === 'strata-csv') return { kind, file, text };
  return { kind, file, rows: table.rows };
}
