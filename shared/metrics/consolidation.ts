/** SPEC §6.1: how consolidated the plan is, and each server's load. */
import { CONTAINER, HYPERVISOR, SERVER, VM, type PlanIndex } from '../model/planIndex';
import { placeById } from './sortedById';
import type { Consolidation, HostUsage } from './types';

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function computeConsolidation(ix: PlanIndex): Consolidation {
  const n = ix.nodes.length;
  let servers = 0;
  let vms = 0;
  let containers = 0;
  let vmHosts = 0;
  const vmHost = new Uint8Array(n);
  const containerHost = new Uint8Array(n);
  let containerHosts = 0;
  for (let i = 0; i < n; i++) {
    const k = ix.kind[i];
    if (k === SERVER) servers++;
    else if (k === VM) vms++;
    else if (k === HYPERVISOR) {
      const s = ix.host[i] as number;
      if (s >= 0 && vmHost[s] !== 1) {
        vmHost[s] = 1;
        vmHosts++;
      }
    } else if (k === CONTAINER) {
      containers++;
      const s = ix.server[i] as number;
      if (s >= 0 && containerHost[s] !== 1) {
        containerHost[s] = 1;
        containerHosts++;
      }
    }
  }
  const workloads = ix.workloadOrder.length;
  const hosts: HostUsage[] = [];
  for (let r = 0; r < n; r++) {
    const i = ix.sortedById[r] as number;
    if (ix.kind[i] === SERVER) hosts.push(hostUsage(ix, i));
  }
  return {
    servers,
    workloads,
    ratio: ratio(workloads, servers),
    serversSaved: Math.max(0, workloads - servers),
    vms,
    vmHosts,
    vmsPerHost: ratio(vms, vmHosts),
    containers,
    containerHosts,
    containersPerHost: ratio(containers, containerHosts),
    hosts,
    totals: totalsOf(hosts),
  };
}

function hostUsage(ix: PlanIndex, i: number): HostUsage {
  const cpuDemand = ix.cpuDemand[i] as number;
  const ramDemand = ix.ramDemand[i] as number;
  const cpuCores = ix.cpu[i] as number;
  const ramGiB = ix.ram[i] as number;
  return {
    id: ix.ids[i] as string,
    cpuDemand,
    cpuCores,
    cpuRatio: cpuCores > 0 ? cpuDemand / cpuCores : 0,
    ramDemand,
    ramGiB,
    ramUtilization: ramGiB > 0 ? ramDemand / ramGiB : 0,
  };
}

/** Summed in id order, as the hosts are listed. */
function totalsOf(hosts: readonly HostUsage[]): Consolidation['totals'] {
  const totals = { cpuDemand: 0, cpuCores: 0, ramDemand: 0, ramGiB: 0 };
  for (const h of hosts) {
    totals.cpuDemand += h.cpuDemand;
    totals.cpuCores += h.cpuCores;
    totals.ramDemand += h.ramDemand;
    totals.ramGiB += h.ramGiB;
  }
  return totals;
}

/**
 * The section after an edit of sizes on the same tree, ids distinct: the counts are as before, and
 * only the `resized` servers' rows are computed again (see planIndexDerive.ts).
 */
export function consolidationAfter(
  ix: PlanIndex,
  previous: Consolidation,
  resized: readonly number[],
): Consolidation {
  if (resized.length === 0) return previous;
  const hosts = previous.hosts.slice();
  for (const s of resized) {
    const at = ix.kind[s] === SERVER ? placeById(hosts, ix.ids[s] as string) : -1;
    if (at >= 0) hosts[at] = hostUsage(ix, s);
  }
  return { ...previous, hosts, totals: totalsOf(hosts) };
}
