/**
 * Proxmox VE's `pvesh get /cluster/resources --output-format json` → a plan: each `node` a server
 * with a Debian host OS and a Proxmox VE hypervisor; `qemu` guests VMs under it; `lxc` guests
 * containers on one LXC runtime per node, beside the hypervisor (they share the host's kernel).
 * Stopped guests are kept, templates skipped, other types (storage, sdn, pool) ignored.
 */
import type { HypervisorNode, RuntimeNode, ServerNode } from '../model/nodes';
import { isRecord } from '../load/fields';
import { Findings } from './findings';
import { bytesToGiB, round } from './numbers';
import { PlanParts } from './planParts';
import { message, type Message } from '../i18n/message';
import { importFailure, MAX_IMPORT_ROWS, type FormatResult, type ImportOptions } from './types';

const DEBIAN = { family: 'linux', name: 'Debian', version: '' } as const;

/** True when `value` looks like `/cluster/resources` output: an array of objects with `type`, `id`. */
export function isProxmoxResources(value: unknown): value is readonly unknown[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.some(
    (r) =>
      isRecord(r) && typeof r.id === 'string' && ['node', 'qemu', 'lxc'].includes(String(r.type)),
  );
}

export function importProxmox(
  file: string,
  value: unknown,
  options: ImportOptions,
  planName: string,
): FormatResult {
  if (!isProxmoxResources(value))
    return importFailure(
      file,
      null,
      message('import.proxmox.notResources'),
    );
  if (value.length > MAX_IMPORT_ROWS)
    return importFailure(
      file,
      null,
      message('import.proxmox.tooMany', { count: value.length, max: MAX_IMPORT_ROWS }),
    );
  const f = new Findings(file);
  const parts = new PlanParts();
  const hosts = new Map<
    string,
    { server: ServerNode; hv: HypervisorNode; lxc: RuntimeNode | null }
  >();
  const guests: { item: Readonly<Record<string, unknown>>; row: number }[] = [];
  const nodeCount = value.filter((r) => isRecord(r) && r.type === 'node').length;

  value.forEach((item, i) => {
    const row = i + 1;
    if (!isRecord(item)) return f.skipRow(row, null, message('import.proxmox.notObject', { row }));
    if (item.type === 'qemu' || item.type === 'lxc') return void guests.push({ item, row });
    if (item.type !== 'node') return f.skip('otherTypes');
    const name = text(item.node) || text(item.name) || text(item.id).replace(/^node\//, '');
    const cores = positive(item.maxcpu);
    const bytes = positive(item.maxmem);
    if (name === '') return f.skipRow(row, 'node', message('import.proxmox.noName'));
    if (cores === null)
      return f.skipRow(row, 'maxcpu', bad('node', name, 'maxcpu', item.maxcpu));
    if (bytes === null)
      return f.skipRow(row, 'maxmem', bad('node', name, 'maxmem', item.maxmem));
    if (hosts.has(name))
      return f.skipRow(row, 'node', message('import.proxmox.nodeTwice', { name }), 'duplicates');
    const server = parts.add('server', 'node', {
      parentId: null,
      name,
      cpuCores: cores,
      ramGiB: round(bytesToGiB(bytes)),
      os: DEBIAN,
    });
    const hv = parts.add('hypervisor', 'pve', {
      parentId: server.id,
      name: `Proxmox VE ${name}`,
      product: 'Proxmox VE',
      hypervisorType: 1,
      // The nodes of one /cluster/resources answer form one cluster (HA and live migration).
      cluster: nodeCount > 1 ? 'proxmox' : null,
    });
    hosts.set(name, { server, hv, lxc: null });
  });

  for (const { item, row } of guests) {
    const kind = item.type === 'qemu' ? 'VM' : 'container';
    const name = text(item.name) || text(item.id);
    if (item.template === 1 || item.template === true || item.template === '1') {
      f.skip('templates');
      continue;
    }
    const host = hosts.get(text(item.node));
    if (!host) {
      f.skipRow(
        row,
        'node',
        message('import.proxmox.nodeMissing', { what: kind, name, node: text(item.node) }),
        'missingHost',
      );
      continue;
    }
    const cpu = positive(item.maxcpu);
    const bytes = positive(item.maxmem);
    if (cpu === null) {
      f.skipRow(row, 'maxcpu', bad(kind, name, 'maxcpu', item.maxcpu));
      continue;
    }
    if (bytes === null) {
      f.skipRow(row, 'maxmem', bad(kind, name, 'maxmem', item.maxmem));
      continue;
    }
    if (item.status === 'stopped') {
      if (options.skipPoweredOff) {
        f.skip('poweredOff');
        continue;
      }
      f.include('poweredOff');
    }
    const ramGiB = round(bytesToGiB(bytes));
    if (item.type === 'qemu') {
      parts.add('vm', 'vm', {
        parentId: host.hv.id,
        name,
        vcpu: cpu,
        ramGiB,
        os: { family: 'other', name: 'Other', version: '' },
      });
    } else {
      host.lxc ??= parts.add('runtime', 'lxc', {
        parentId: host.server.id,
        name: `LXC ${host.server.name}`,
        engine: 'LXC',
        isolation: 'shared-kernel',
      });
      parts.add('container', 'ct', {
        parentId: host.lxc.id,
        name,
        cpu,
        ramGiB,
        osFamily: 'linux',
        image: '',
        service: null,
      });
    }
  }
  return {
    ok: true,
    plan: parts.toPlan(planName),
    warnings: f.warnings,
    skipped: f.skipped,
    included: f.included,
  };
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function positive(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** `node "pve1": maxcpu 0 is not a positive number — skipped`; `what` is node, VM or container. */
function bad(what: string, name: string, field: string, v: unknown): Message {
  return v === undefined
    ? message('import.proxmox.fieldMissing', { what, name, field })
    : message('import.proxmox.fieldNotPositive', { what, name, field, value: JSON.stringify(v) });
}
