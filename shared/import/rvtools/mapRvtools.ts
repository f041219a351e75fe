/**
 * RVTools vHost + vInfo rows → a plan: each Datacenter a site (secondary when named), each host a
 * server (no host OS) holding one VMware ESXi hypervisor, each VM a vm under its host's
 * hypervisor. Templates and SRM placeholders are skipped; powered-off VMs kept unless asked.
 */
import { message } from '../../i18n/message';
import type { HypervisorNode, SiteNode } from '../../model/nodes';
import type { Os } from '../../model/os';
import { Findings, sumCounts } from '../findings';
import { parseCellNumber, round } from '../numbers';
import { firstOs } from '../osString';
import { PlanParts } from '../planParts';
import { cell, findColumns, isTrue, rawCell, type Columns } from '../table';
import { importFailure, MAX_IMPORT_ROWS, type FormatResult, type ImportOptions } from '../types';
import { VHOST_COLUMNS, VINFO_COLUMNS } from './columns';

/** One table as read from a workbook sheet or a CSV file; `place` names it in errors. */
export interface RvtoolsTable {
  readonly file: string;
  /** `sheet vInfo` for a workbook, null for a CSV file (the file is the place). */
  readonly place: string | null;
  readonly rows: readonly (readonly unknown[])[];
}

const OTHER_OS: Os = { family: 'other', name: 'Other', version: '' };

export function mapRvtools(
  vHost: RvtoolsTable,
  vInfo: RvtoolsTable,
  options: ImportOptions,
  planName: string,
): FormatResult {
  for (const t of [vHost, vInfo]) {
    if (t.rows.length > MAX_IMPORT_ROWS + 1)
      return importFailure(
        t.file,
        t.place,
        message('import.rvtools.rows', { rows: t.rows.length - 1, max: MAX_IMPORT_ROWS }),
      );
  }
  const hostCols = findColumns(vHost.rows, VHOST_COLUMNS);
  if (!hostCols.ok)
    return importFailure(
      vHost.file,
      vHost.place,
      message('import.rvtools.columnMissing', { column: hostCols.missing }),
    );
  const vmCols = findColumns(vInfo.rows, VINFO_COLUMNS);
  if (!vmCols.ok)
    return importFailure(
      vInfo.file,
      vInfo.place,
      message('import.rvtools.columnMissing', { column: vmCols.missing }),
    );

  const hostFindings = new Findings(vHost.file);
  const vmFindings = new Findings(vInfo.file);
  const parts = new PlanParts();
  const secondary = new Set((options.secondary ?? []).map((s) => s.trim().toLowerCase()));
  const sites = new Map<string, SiteNode>();
  const hypervisors = new Map<string, HypervisorNode>();
  const hostRows = readHosts(vHost, hostCols.columns, hostCols.headerRow, hostFindings);

  // Sites first, in the order the datacenters appear, then each host with its VMs (parents first).
  for (const h of hostRows) {
    if (h.datacenter !== '' && !sites.has(h.datacenter.toLowerCase())) {
      const role = secondary.has(h.datacenter.toLowerCase()) ? 'secondary' : 'primary';
      sites.set(
        h.datacenter.toLowerCase(),
        parts.add('site', 'dc', { parentId: null, name: h.datacenter, role }),
      );
    }
  }
  for (const name of options.secondary ?? []) {
    if (!sites.has(name.trim().toLowerCase()))
      hostFindings.warn(
        null,
        'Datacenter',
        message('import.rv.noDatacenter', { name }),
      );
  }
  const vmsByHost = readVms(vInfo, vmCols.columns, vmCols.headerRow, vmFindings, options);
  for (const h of hostRows) {
    const site = h.datacenter === '' ? null : (sites.get(h.datacenter.toLowerCase()) ?? null);
    const server = parts.add('server', 'host', {
      parentId: site?.id ?? null,
      name: h.name,
      cpuCores: h.cores,
      ramGiB: h.ramGiB,
      os: null,
    });
    const version = /(\d+(?:\.\d+)+)/.exec(h.esxVersion)?.[1] ?? '';
    const hv = parts.add('hypervisor', 'esxi', {
      parentId: server.id,
      name: version === '' ? `ESXi ${h.name}` : `ESXi ${version}`,
      product: 'VMware ESXi',
      hypervisorType: 1,
      cluster: h.cluster === '' ? null : h.cluster,
      ...(h.esxVersion === '' ? {} : { notes: h.esxVersion }),
    });
    hypervisors.set(h.name.toLowerCase(), hv);
    for (const vm of vmsByHost.get(h.name.toLowerCase()) ?? []) {
      parts.add('vm', 'vm', {
        parentId: hv.id,
        name: vm.name,
        vcpu: vm.vcpu,
        ramGiB: vm.ramGiB,
        os: vm.os,
      });
    }
  }
  for (const [host, vms] of vmsByHost) {
    if (hypervisors.has(host)) continue;
    for (const vm of vms)
      vmFindings.skipRow(
        vm.row,
        'Host',
        message('import.rv.hostMissing', { name: vm.name, host: vm.host }),
        'missingHost',
      );
  }
  return {
    ok: true,
    plan: parts.toPlan(planName),
    warnings: [...hostFindings.warnings, ...vmFindings.warnings],
    skipped: sumCounts(hostFindings.skipped, vmFindings.skipped),
    included: sumCounts(hostFindings.included, vmFindings.included),
  };
}

interface HostRow {
  readonly name: string;
  readonly datacenter: string;
  readonly cluster: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly esxVersion: string;
}

function readHosts(
  t: RvtoolsTable,
  c: Columns<keyof typeof VHOST_COLUMNS>,
  headerRow: number,
  f: Findings,
): HostRow[] {
  const out: HostRow[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < t.rows.length; r++) {
    const row = t.rows[r] ?? [];
    const rowNo = r + 1;
    const name = cell(row, c.host);
    if (name === '') {
      if (row.some((v) => cellTextOf(v) !== ''))
        f.skipRow(rowNo, 'Host', message('import.rv.hostNoName'));
      continue;
    }
    const at = { f, row, rowNo, name };
    const cores = positiveCell(at, c.cores, '# Cores', 'import.rv.hostCores');
    const mib =
      cores === null ? null : positiveCell(at, c.memory, '# Memory', 'import.rv.hostMemory');
    if (cores === null || mib === null) continue;
    if (seen.has(name.toLowerCase())) {
      f.skipRow(
        rowNo,
        'Host',
        message('import.rv.hostTwice', { name }),
        'duplicates',
      );
      continue;
    }
    seen.add(name.toLowerCase());
    out.push({
      name,
      datacenter: cell(row, c.datacenter),
      cluster: cell(row, c.cluster),
      cores,
      ramGiB: round(mib / 1024),
      esxVersion: cell(row, c.esxVersion),
    });
  }
  return out;
}

interface VmRow {
  readonly row: number;
  readonly name: string;
  readonly host: string;
  readonly vcpu: number;
  readonly ramGiB: number;
  readonly os: Os;
}

function readVms(
  t: RvtoolsTable,
  c: Columns<keyof typeof VINFO_COLUMNS>,
  headerRow: number,
  f: Findings,
  options: ImportOptions,
): Map<string, VmRow[]> {
  const byHost = new Map<string, VmRow[]>();
  for (let r = headerRow + 1; r < t.rows.length; r++) {
    const row = t.rows[r] ?? [];
    const rowNo = r + 1;
    const name = cell(row, c.vm);
    if (name === '') {
      if (row.some((v) => cellTextOf(v) !== ''))
        f.skipRow(rowNo, 'VM', message('import.rv.vmNoName'));
      continue;
    }
    if (isTrue(rawCell(row, c.template))) {
      f.skip('templates');
      continue;
    }
    if (isTrue(rawCell(row, c.srmPlaceholder))) {
      f.skip('srmPlaceholders');
      continue;
    }
    const poweredOff = /off/i.test(cell(row, c.powerstate));
    if (poweredOff && options.skipPoweredOff) {
      f.skip('poweredOff');
      continue;
    }
    const at = { f, row, rowNo, name };
    const vcpu = positiveCell(at, c.cpus, 'CPUs', 'import.rv.vmCpus');
    const mib = vcpu === null ? null : positiveCell(at, c.memory, 'Memory', 'import.rv.vmMemory');
    if (vcpu === null || mib === null) continue;
    const host = cell(row, c.host);
    if (host === '') {
      f.skipRow(rowNo, 'Host', message('import.rv.vmNoHost', { name }), 'missingHost');
      continue;
    }
    if (poweredOff) f.include('poweredOff');
    const os = firstOs(cell(row, c.osTools), cell(row, c.osConfig)) ?? OTHER_OS;
    const list = byHost.get(host.toLowerCase()) ?? [];
    list.push({ row: rowNo, name, host, vcpu, ramGiB: round(mib / 1024), os });
    byHost.set(host.toLowerCase(), list);
  }
  return byHost;
}

interface RowPlace {
  readonly f: Findings;
  readonly row: readonly unknown[];
  readonly rowNo: number;
  /** The host's or VM's name. */
  readonly name: string;
}

/** The cell's positive number, or null after a warning that skips the row. */
function positiveCell(
  at: RowPlace,
  column: number,
  header: string,
  key: 'import.rv.hostCores' | 'import.rv.hostMemory' | 'import.rv.vmCpus' | 'import.rv.vmMemory',
): number | null {
  const n = parseCellNumber(rawCell(at.row, column));
  if (n !== null && n > 0) return n;
  at.f.skipRow(
    at.rowNo,
    header,
    message(key, { name: at.name, value: cell(at.row, column) }),
  );
  return null;
}

function cellTextOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}
