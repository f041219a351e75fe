// Exports: the renderer sends the content and a suggested name; main checks the content, asks
// where to write it (the renderer never names a path) and writes it atomically.
import { basename, join } from 'node:path';
import type { ExportResult } from '../shared/bridge';
import { loadPlan } from '../shared/load/loadPlan';
import { loadDocument } from '../shared/load/loadDocument';
import { serializeDocument } from '../shared/load/serializeDocument';
import { MAX_FILE_BYTES } from '../shared/model/plan';
import { extractPlanFromPng } from '../shared/png/pngText';
import { extractPlanFromSvg } from '../shared/draw/svgPlan';
import type { WriteResult } from '../node/files/atomicWrite';
import { MAX_PNG_BYTES } from '../shared/model/planFiles';
import { safeFileName, withExtension, SAVE_EXTENSIONS, type SaveKind } from './fileKinds';

export type ExportRequest =
  | { readonly kind: 'png'; readonly bytes: Uint8Array; readonly suggestedName: string }
  | { readonly kind: 'pdf'; readonly bytes: Uint8Array; readonly suggestedName: string }
  | { readonly kind: 'svg'; readonly text: string; readonly suggestedName: string }
  | { readonly kind: 'json' | 'report'; readonly text: string; readonly suggestedName: string };

export interface ExportDeps {
  chooseSavePath(kind: SaveKind, defaultPath: string): Promise<string | null>;
  /** 'canceled' when the planner chose not to replace a read-only file. */
  write(path: string, data: string | Uint8Array): Promise<WriteResult | 'canceled'>;
  /** Where the save dialog starts: the document's folder, else the user's documents. */
  readonly folder: string;
}

const NAMES = {
  png: 'the PNG',
  svg: 'the SVG',
  pdf: 'the PDF report',
  json: 'the JSON',
  report: 'the report',
} as const;

const PDF_SIGNATURE = '%PDF-';

/** The bytes to write, or why the content is refused. */
export function checkExport(
  request: ExportRequest,
): { ok: true; data: string | Uint8Array } | { ok: false; reason: string } {
  if (request.kind === 'png') {
    if (request.bytes.length > MAX_PNG_BYTES)
      return { ok: false, reason: 'the image is over 512 MiB' };
    const extracted = extractPlanFromPng(request.bytes);
    if (!extracted.ok) return { ok: false, reason: extracted.reason };
    const loaded = loadPlan(extracted.text);
    return loaded.ok
      ? { ok: true, data: request.bytes }
      : { ok: false, reason: `the plan inside is invalid (${loaded.error.message})` };
  }
  if (request.kind === 'pdf') {
    const head = String.fromCharCode(...request.bytes.subarray(0, PDF_SIGNATURE.length));
    return head === PDF_SIGNATURE
      ? { ok: true, data: request.bytes }
      : { ok: false, reason: 'it is not a PDF document' };
  }
  if (request.kind === 'svg') {
    const extracted = extractPlanFromSvg(request.text);
    if (!extracted.ok) return { ok: false, reason: extracted.reason };
    const loaded = loadPlan(extracted.text);
    return loaded.ok
      ? { ok: true, data: request.text }
      : { ok: false, reason: `the plan inside is invalid (${loaded.error.message})` };
  }
  if (request.kind === 'json') {
    const loaded = loadDocument(request.text);
    return loaded.ok
      ? { ok: true, data: serializeDocument(loaded.document) }
      : { ok: false, reason: `the plan is invalid (${loaded.error.message})` };
  }
  if (request.text.length > MAX_FILE_BYTES)
    return { ok: false, reason: 'the report is over 50 MiB' };
  try {
    const value: unknown = JSON.parse(request.text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, reason: 'the report is not a JSON object' };
    }
  } catch {
    return { ok: false, reason: 'the report is not valid JSON' };
  }
  return { ok: true, data: request.text };
}

export async function exportFile(request: ExportRequest, deps: ExportDeps): Promise<ExportResult> {
  const checked = checkExport(request);
  if (!checked.ok)
    return { status: 'failed', message: `Cannot export ${NAMES[request.kind]}: ${checked.reason}` };
  const kind: SaveKind = request.kind;
  const extension = SAVE_EXTENSIONS[kind];
  const fallback = request.kind === 'report' || request.kind === 'pdf' ? 'plan-report' : 'plan';
  const defaultPath = join(deps.folder, safeFileName(request.suggestedName, extension, fallback));
  const chosen = await deps.chooseSavePath(kind, defaultPath);
  if (chosen === null) return { status: 'canceled' };
  const path = withExtension(chosen, extension);
  const written = await deps.write(path, checked.data);
  if (written === 'canceled') return { status: 'canceled' };
  if (!written.ok) return { status: 'failed', message: written.message };
  return { status: 'exported', name: basename(path), path };
}
