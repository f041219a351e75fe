/**
 * `importFiles`: the one entry for every importer. Detects each file's format, groups the files
 * that belong together (RVTools' vInfo + vHost CSV tabs; Kubernetes workloads + node list),
 * runs the importers, puts their plans together with fresh ids, and checks the result loads.
 */
import { message } from '../i18n/message';
import { loadPlan } from '../load/loadPlan';
import { planToDocument } from '../load/serialize';
import type { Plan } from '../model/plan';
import { importCompose } from './compose';
import { detectPiece, FORMAT_OF, type Piece } from './detect';
import { sumCounts } from './findings';
import { importKubernetes } from './kubernetes/importKubernetes';
import { addToPlan } from './merge';
import { fileStem } from './planParts';
import { importProxmox } from './proxmox';
import { mapRvtools } from './rvtools/mapRvtools';
import { readRvtoolsWorkbook } from './rvtools/readWorkbook';
import { readStrataCsv } from './strataCsv';
import { formatMiB } from '../load/parseText';
import {
  importFailure,
  MAX_IMPORT_BYTES,
  type FormatResult,
  type FormatSuccess,
  type ImportContext,
  type ImportFile,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './types';

export async function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions = {},
  context: ImportContext = {},
): Promise<ImportResult> {
  if (files.length === 0) return importFailure('import', null, message('import.fail.noFile'));
  const progress = context.onProgress ?? (() => {});
  const pieces: Piece[] = [];
  for (const file of files) {
    if (file.bytes.length > MAX_IMPORT_BYTES)
      return importFailure(
        file.name,
        null,
        message('import.fail.tooBig', {
          size: formatMiB(file.bytes.length),
          max: formatMiB(MAX_IMPORT_BYTES),
        }),
      );
    const piece = detectPiece(file, options.format ?? null);
    if ('ok' in piece) return piece;
    pieces.push(piece);
  }
  progress(0.1);
  const groups = groupPieces(pieces);
  if ('ok' in groups) return groups;
  const results: FormatSuccess[] = [];
  for (let i = 0; i < groups.length; i++) {
    const result = await runGroup(groups[i]!, options, context);
    if (!result.ok) return result;
    results.push(result);
    progress(0.1 + (0.8 * (i + 1)) / groups.length);
  }
  let plan: Plan = results[0]!.plan;
  for (const r of results.slice(1)) {
    const merged = addToPlan(plan, r.plan, null);
    if (!merged.ok) return importFailure(files[0]!.name, null, merged.said);
    plan = merged.plan;
  }
  // Every importer builds through makeNode, so this only fails on a bug; it still must not pass.
  const check = loadPlan(planToDocument(plan));
  if (!check.ok) return importFailure(files[0]!.name, check.error.place, check.error.said);
  progress(1);
  const warnings: ImportWarning[] = results.flatMap((r) => r.warnings);
  return {
    ok: true,
    plan: check.plan,
    warnings,
    skipped: sumCounts(...results.map((r) => r.skipped)),
    included: sumCounts(...results.map((r) => r.included)),
    formats: [...new Set(pieces.map((p) => FORMAT_OF[p.kind]))],
  };
}

type Group =
  | {
      readonly kind: 'single';
      readonly piece: Exclude<Piece, { kind: 'rvtools-vinfo' | 'rvtools-vhost' | 'kubernetes' }>;
    }
  | {
      readonly kind: 'rvtools-csv';
      readonly vInfo: Extract<Piece, { kind: 'rvtools-vinfo' }>;
      readonly vHost: Extract<Piece, { kind: 'rvtools-vhost' }>;
    }
  | {
      readonly kind: 'kubernetes';
      readonly pieces: readonly Extract<Piece, { kind: 'kubernetes' }>[];
    };

/** RVTools CSV tabs pair by the name before `tabvInfo`/`tabvHost` (or, two files, with each other). */
function groupPieces(pieces: readonly Piece[]): Group[] | ReturnType<typeof importFailure> {
  const groups: Group[] = [];
  const infos = pieces.filter(
    (p): p is Extract<Piece, { kind: 'rvtools-vinfo' }> => p.kind === 'rvtools-vinfo',
  );
  const hosts = pieces.filter(
    (p): p is Extract<Piece, { kind: 'rvtools-vhost' }> => p.kind === 'rvtools-vhost',
  );
  const k8s = pieces.filter(
    (p): p is Extract<Piece, { kind: 'kubernetes' }> => p.kind === 'kubernetes',
  );
  const prefix = (name: string): string =>
    name.toLowerCase().replace(/tabv(info|host)\.\w+$|v(info|host)\.\w+$/, '');
  for (const info of infos) {
    const host =
      infos.length === 1 && hosts.length === 1
        ? hosts[0]
        : hosts.find((h) => prefix(h.file.name) === prefix(info.file.name));
    if (!host)
      return importFailure(
        info.file.name,
        null,
        message('import.fail.needsVHost'),
      );
    groups.push({ kind: 'rvtools-csv', vInfo: info, vHost: host });
  }
  for (const host of hosts) {
    if (!groups.some((g) => g.kind === 'rvtools-csv' && g.vHost === host))
      return importFailure(
        host.file.name,
        null,
        message('import.fail.needsVInfo'),
      );
  }
  if (k8s.length > 0) groups.push({ kind: 'kubernetes', pieces: k8s });
  for (const p of pieces) {
    if (
      p.kind === 'rvtools-xlsx' ||
      p.kind === 'strata-csv' ||
      p.kind === 'proxmox' ||
      p.kind === 'compose'
    )
      groups.push({ kind: 'single', piece: p });
  }
  return groups;
}

async function runGroup(
  g: Group,
  options: ImportOptions,
  context: ImportContext,
): Promise<FormatResult> {
  if (g.kind === 'rvtools-csv') {
    return mapRvtools(
      { file: g.vHost.file.name, place: null, rows: g.vHost.rows },
      { file: g.vInfo.file.name, place: null, rows: g.vInfo.rows },
      options,
      fileStem(g.vInfo.file.name).replace(/_?tabvInfo$/i, '') || 'RVTools import',
    );
  }
  if (g.kind === 'kubernetes') {
    return importKubernetes(
      g.pieces.map((p) => ({ file: p.file.name, docs: p.docs })),
      options,
      fileStem(g.pieces[0]!.file.name),
    );
  }
  const p = g.piece;
  const name = fileStem(p.file.name);
  switch (p.kind) {
    case 'rvtools-xlsx': {
      if (!context.readXlsx)
        return importFailure(p.file.name, null, message('import.fail.noXlsx'));
      const book = await readRvtoolsWorkbook(p.file, context.readXlsx);
      if (!book.ok) return book;
      return mapRvtools(book.vHost, book.vInfo, options, name);
    }
    case 'strata-csv':
      return readStrataCsv(p.file.name, p.text, name);
    case 'proxmox':
      return importProxmox(p.file.name, p.value, options, name);
    case 'compose':
      return importCompose(p.file.name, p.value, options, name);
  }
}

export type { ImportFormat };
