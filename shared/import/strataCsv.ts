/**
 * Strata CSV: one row per node, for inventories from any other source, and its twin writer
 * (File ▸ Export ▸ CSV, `strata export -o plan.csv`). The columns (docs/import.md):
 *
 *   id, kind, parent, name, role, cpu, ramGiB, os_family, os_name, os_version, product,
 *   hypervisorType, cluster, reservedCpuCores, reservedRamGiB, engine, isolation, image,
 *   workload, service, dependsOn, notes
 *
 * `cpu` is a server's cores, a VM's vCPUs or a container's CPU; `os_family` is a container's OS
 * family too; `dependsOn` lists the ids a workload depends on, separated by spaces. Empty cells
 * take the defaults of SPEC §2. A bad row is a warning and is skipped with its descendants.
 */
import Papa from 'papaparse';
import { formatPath } from '../load/issuePlace';
import { parseNodeOfKind } from '../load/nodeSchemas';
import { defaultNodeName } from '../model/defaults';
import { isNodeKind, NODE_KINDS, type NodeKind, type PlanNode } from '../model/nodes';
import type { Link, Plan } from '../model/plan';
import { emptyPlan } from '../model/defaults';
import { parseCsvTable } from './csvTable';
import { Findings } from './findings';
import { IdMaker } from './ids';
import { parseCellNumber } from './numbers';
import { cell, findColumns, type ColumnSpec } from './table';
import { message } from '../i18n/message';
import { importFailure, type FormatResult } from './types';

export const STRATA_CSV_COLUMNS = [
  'id',
  'kind',
  'parent',
  'name',
  'role',
  'cpu',
  'ramGiB',
  'os_family',
  'os_name',
  'os_version',
  'product',
  'hypervisorType',
  'cluster',
  'reservedCpuCores',
  'reservedRamGiB',
  'engine',
  'isolation',
  'image',
  'workload',
  'service',
  'dependsOn',
  'notes',
] as const;

type Column = (typeof STRATA_CSV_COLUMNS)[number];

const SPEC = Object.fromEntries(
  STRATA_CSV_COLUMNS.map((c) => [
    c,
    { names: [c], required: c === 'id' || c === 'kind' } satisfies ColumnSpec,
  ]),
) as unknown as Record<Column, ColumnSpec>;

/** True when the first row is a Strata CSV header (it has `id`, `kind` and `parent`). */
export function isStrataCsvHeader(row: readonly unknown[]): boolean {
  const keys = new Set(row.map((v) => String(v).trim().toLowerCase()));
  return keys.has('id') && keys.has('kind') && keys.has('parent');
}

const NUMERIC: Readonly<Record<string, true>> = {
  cpu: true,
  ramGiB: true,
  reservedCpuCores: true,
  reservedRamGiB: true,
  hypervisorType: true,
};
const NULLABLE: Readonly<Record<string, true>> = { cluster: true, workload: true, service: true };

export function readStrataCsv(file: string, text: string, planName: string): FormatResult {
  const table = parseCsvTable(text);
  if (!table.ok) return importFailure(file, null, table.said);
  if (table.rows.length < 2) return importFailure(file, null, message('import.fail.noRows'));
  const found = findColumns(table.rows, SPEC, 1);
  if (!found.ok)
    return importFailure(file, null, message('import.fail.columnMissing', { column: found.missing }));
  const c = found.columns;
  const f = new Findings(file);
  const rows: { node: PlanNode; row: number; dependsOn: string[] }[] = [];
  const ids = new Set<string>();
  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (let r = 1; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    const rowNo = r + 1;
    if (row.every((v) => v.trim() === '')) continue;
    const get = (col: Column): string => unescapeFormula(cell(row, c[col]));
    const id = get('id');
    const kind = get('kind').toLowerCase();
    if (id === '') {
      f.skipRow(rowNo, 'id', message('import.csv.noId'));
      continue;
    }
    if (!isNodeKind(kind)) {
      f.skipRow(
        rowNo,
        'kind',
        message('import.csv.notKind', { value: get('kind'), kinds: NODE_KINDS.join(', ') }),
      );
      continue;
    }
    if (ids.has(id)) {
      f.skipRow(rowNo, 'id', message('import.csv.idTwice', { id }), 'duplicates');
      continue;
    }
    const record = toRecord(kind, get, rowNo, f);
    if (record === null) continue;
    const parsed = parseNodeOfKind(kind, { ...record, id, kind, parentId: get('parent') || null });
    if (!parsed.ok) {
      const path = formatPath(parsed.path).replace(/^\./, '');
      f.skipRow(
        rowNo,
        columnOf(path),
        // The loader's reason, nested by its key with its parameters.
        message('import.csv.invalid', { ...parsed.said.params, kind, id, path, reasonKey: parsed.said.key }),
      );
      continue;
    }
    counts[kind] += 1;
    const node = parsed.node as PlanNode & { name?: string };
    if (!node.name) (node as { name: string }).name = defaultNodeName(kind, counts[kind]);
    ids.add(id);
    rows.push({ node, row: rowNo, dependsOn: get('dependsOn').split(/\s+/).filter(Boolean) });
  }
  // A row whose parent is missing (or was skipped) is skipped, and so are its own children.
  const kept = new Map(rows.map((r) => [r.node.id, r]));
  for (let changed = true; changed;) {
    changed = false;
    for (const r of kept.values()) {
      if (r.node.parentId !== null && !kept.has(r.node.parentId)) {
        f.skipRow(
          r.row,
          'parent',
          message('import.csv.parentMissing', {
            kind: r.node.kind,
            id: r.node.id,
            parent: r.node.parentId ?? '',
          }),
          'missingParent',
        );
        kept.delete(r.node.id);
        changed = true;
      }
    }
  }
  const linkIds = new IdMaker(kept.keys());
  const links: Link[] = [];
  for (const r of kept.values()) {
    for (const to of r.dependsOn) {
      if (kept.has(to))
        links.push({ id: linkIds.fresh('link', `${r.node.id}>${to}`), from: r.node.id, to });
      else
        f.warn(
          r.row,
          'dependsOn',
          message('import.csv.dependsOnMissing', { id: r.node.id, to }),
        );
    }
  }
  const plan: Plan = {
    ...emptyPlan(planName),
    nodes: [...kept.values()].map((r) => r.node),
    links,
  };
  return { ok: true, plan, warnings: f.warnings, skipped: f.skipped, included: f.included };
}

/** The kind's fields from the row's cells; null (after a warning) when a number is unreadable. */
function toRecord(
  kind: NodeKind,
  get: (c: Column) => string,
  row: number,
  f: Findings,
): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const put = (key: string, col: Column): boolean => {
    const raw = get(col);
    if (raw === '') {
      if (NULLABLE[col]) out[key] = null;
      return true;
    }
    if (NUMERIC[col]) {
      const n = parseCellNumber(raw);
      if (n === null) {
        f.skipRow(row, col, message('import.csv.notNumber', { kind, value: raw, column: col }));
        return false;
      }
      out[key] = n;
    } else out[key] = raw;
    return true;
  };
  const name = get('name');
  if (name !== '') out.name = name;
  const notes = get('notes');
  if (notes !== '') out.notes = notes;
  const fields: Record<NodeKind, [string, Column][]> = {
    site: [['role', 'role']],
    server: [
      ['cpuCores', 'cpu'],
      ['ramGiB', 'ramGiB'],
      ['workload', 'workload'],
      ['service', 'service'],
    ],
    hypervisor: [
      ['product', 'product'],
      ['hypervisorType', 'hypervisorType'],
      ['cluster', 'cluster'],
      ['reservedCpuCores', 'reservedCpuCores'],
      ['reservedRamGiB', 'reservedRamGiB'],
    ],
    vm: [
      ['vcpu', 'cpu'],
      ['ramGiB', 'ramGiB'],
      ['workload', 'workload'],
      ['service', 'service'],
    ],
    runtime: [
      ['engine', 'engine'],
      ['isolation', 'isolation'],
    ],
    container: [
      ['image', 'image'],
      ['cpu', 'cpu'],
      ['ramGiB', 'ramGiB'],
      ['osFamily', 'os_family'],
      ['workload', 'workload'],
      ['service', 'service'],
    ],
  };
  for (const [key, col] of fields[kind]) if (!put(key, col)) return null;
  if (kind === 'server' || kind === 'vm') {
    const family = get('os_family').toLowerCase();
    if (family !== '')
      out.os = { family, name: get('os_name') || undefined, version: get('os_version') };
    else if (kind === 'server') out.os = null;
  }
  return out;
}

const FIELD_COLUMN: Readonly<Record<string, Column>> = {
  cpuCores: 'cpu',
  vcpu: 'cpu',
  osFamily: 'os_family',
  os: 'os_family',
  parentId: 'parent',
};

function columnOf(path: string): string {
  const head = path.split(/[.[]/)[0] ?? path;
  if (path.startsWith('os.')) return `os_${path.slice(3)}`;
  return FIELD_COLUMN[head] ?? head;
}

/** Cells the writer guarded against spreadsheet formulas ('=…) read back as written. */
function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** The plan as Strata CSV: every node, its fields, and the ids it depends on. */
export function planToCsv(plan: Plan): string {
  const deps = new Map<string, string[]>();
  for (const l of plan.links) {
    const list = deps.get(l.from) ?? [];
    list.push(l.to);
    deps.set(l.from, list);
  }
  const rows = plan.nodes.map((n) => csvRow(n, deps.get(n.id) ?? []));
  return (
    Papa.unparse(
      { fields: [...STRATA_CSV_COLUMNS], data: rows },
      { escapeFormulae: true, newline: '\r\n' },
    ) + '\r\n'
  );
}

function csvRow(n: PlanNode, dependsOn: readonly string[]): string[] {
  const v: Partial<Record<Column, string | number | null>> = {
    id: n.id,
    kind: n.kind,
    parent: n.parentId,
    name: n.name,
    notes: n.notes ?? null,
  };
  switch (n.kind) {
    case 'site':
      v.role = n.role;
      break;
    case 'server':
      Object.assign(v, {
        cpu: n.cpuCores,
        ramGiB: n.ramGiB,
        workload: n.workload,
        service: n.service,
      });
      if (n.os)
        Object.assign(v, { os_family: n.os.family, os_name: n.os.name, os_version: n.os.version });
      break;
    case 'hypervisor':
      Object.assign(v, {
        product: n.product,
        hypervisorType: n.hypervisorType,
        cluster: n.cluster,
        reservedCpuCores: n.reservedCpuCores,
        reservedRamGiB: n.reservedRamGiB,
      });
      break;
    case 'vm':
      Object.assign(v, {
        cpu: n.vcpu,
        ramGiB: n.ramGiB,
        workload: n.workload,
        service: n.service,
        os_family: n.os.family,
        os_name: n.os.name,
        os_version: n.os.version,
      });
      break;
    case 'runtime':
      Object.assign(v, { engine: n.engine, isolation: n.isolation });
      break;
    case 'container':
      Object.assign(v, {
        image: n.image,
        cpu: n.cpu,
        ramGiB: n.ramGiB,
        os_family: n.osFamily,
        workload: n.workload,
        service: n.service,
      });
      break;
  }
  if (dependsOn.length > 0) v.dependsOn = dependsOn.join(' ');
  return STRATA_CSV_COLUMNS.map((c) => {
    const x = v[c];
    return x === null || x === undefined ? '' : String(x);
  });
}
