/**
 * What a run consolidates: the hypervisors of the scope (their VMs move), the bare-metal workload
 * servers that P2V turns into VMs, grouped by site so that a secondary (DR) site is packed only
 * into itself and a primary site only into itself.
 */
import { ENGLISH } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import { HYPERVISOR, SERVER, VM, type PlanIndex } from '../model/planIndex';
import type { ScopeItem } from './types';

/** A VM to place: an existing one (`p2v` false) or a bare-metal server becoming one. */
export interface Unit {
  /** Node index of the VM, or of the server P2V converts. */
  readonly node: number;
  readonly p2v: boolean;
  readonly cpu: number;
  readonly ram: number;
}

export interface Group {
  /** Site node index, -1 for nodes in no site. */
  readonly site: number;
  readonly units: readonly Unit[];
}

export interface Collected {
  readonly groups: readonly Group[];
  /** Hypervisors whose VMs all move: removed from the plan. */
  readonly hypervisors: readonly number[];
}

export type Collect =
  | { readonly ok: true; readonly value: Collected }
  | { readonly ok: false; readonly reason: string; readonly message?: Message };

export interface CollectOptions {
  readonly scope: readonly ScopeItem[];
  readonly p2v: boolean;
  readonly p2vSize: number;
}

/** A scope refusal: the English reason and the same as a catalog message. */
function said(m: Message): { readonly ok: false; readonly reason: string; readonly message: Message } {
  return { ok: false, reason: formatMessage(ENGLISH, m), message: m };
}

/** A P2V VM keeps whole vCPUs and whole GiB: the share of the server, rounded up. */
export function p2vSize(
  cores: number,
  ramGiB: number,
  share: number,
): { cpu: number; ram: number } {
  return {
    cpu: Math.max(1, Math.ceil(cores * share - 1e-9)),
    ram: Math.max(1, Math.ceil(ramGiB * share - 1e-9)),
  };
}

export function collect(ix: PlanIndex, options: CollectOptions): Collect {
  const n = ix.nodes.length;
  const inScope = new Uint8Array(n);
  const whole = options.scope.length === 0;
  const sites = new Set<number>();
  for (const item of options.scope) {
    if (item.kind === 'site') {
      const s = ix.indexOf.get(item.id);
      if (s === undefined || ix.nodes[s]?.kind !== 'site')
        return said(message('optimize.scope.noSite', { id: item.id }));
      sites.add(s);
    } else {
      const c = ix.clusters.findIndex((cl) => cl.name === item.name);
      if (c < 0) {
        const names = ix.clusters.map((cl) => cl.name).join(', ');
        return said(
          names === ''
            ? message('optimize.scope.noClusters', { name: item.name })
            : message('optimize.scope.noCluster', { name: item.name, names }),
        );
      }
      for (const h of (ix.clusters[c] as { hypervisors: readonly number[] }).hypervisors)
        inScope[h] = 1;
    }
  }
  const bySite = new Map<number, Unit[]>();
  const add = (site: number, unit: Unit): void => {
    let list = bySite.get(site);
    if (!list) bySite.set(site, (list = []));
    list.push(unit);
  };
  const hypervisors: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = ix.kind[i];
    if (k === HYPERVISOR) {
      if (whole || sites.has(ix.site[i] as number)) inScope[i] = 1;
      if (inScope[i] === 1) hypervisors.push(i);
    } else if (k === SERVER && options.p2v && ix.isWorkload[i] === 1) {
      if (!whole && !sites.has(ix.site[i] as number)) continue;
      const size = p2vSize(ix.cpu[i] as number, ix.ram[i] as number, options.p2vSize);
      add(ix.site[i] as number, { node: i, p2v: true, cpu: size.cpu, ram: size.ram });
    }
  }
  // VMs after hypervisors are known: a VM may come before its hypervisor in the file.
  for (let i = 0; i < n; i++) {
    if (ix.kind[i] !== VM) continue;
    const h = ix.host[i] as number;
    if (h < 0 || inScope[h] !== 1) continue;
    add(ix.site[h] as number, {
      node: i,
      p2v: false,
      cpu: ix.cpu[i] as number,
      ram: ix.ram[i] as number,
    });
  }
  const groups = [...bySite.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([site, units]) => ({ site, units }));
  if (groups.length === 0)
    return {
      ok: false,
      reason: formatMessage(ENGLISH, message('optimize.emptyScope')),
      message: message('optimize.emptyScope'),
    };
  return { ok: true, value: { groups, hypervisors } };
}
