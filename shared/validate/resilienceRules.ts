/** SPEC §4 ha-insufficient and dr-insufficient, read from the HA and DR figures of the report. */
import type { PlanNode } from '../model/nodes';
import { SITE, type PlanIndex } from '../model/planIndex';
import type { HaAnalysis } from '../metrics/ha';
import type { Dr } from '../metrics/types';
import { issue, named, num } from './describe';
import type { Issue } from './issue';

export function haIssues(ix: PlanIndex, ha: HaAnalysis): Issue[] {
  const out: Issue[] = [];
  ix.clusters.forEach((cluster, c) => {
    const first = cluster.hypervisors[0];
    if (first === undefined || cluster.hypervisors.length < 2 || ha.tolerates[c] !== 0) return;
    const busiest = busiestHost(ix, cluster.hypervisors);
    out.push(
      issue(
        'warning',
        'ha-insufficient',
        (ix.nodes[first] as PlanNode).id,
        `Cluster "${cluster.name}" (${cluster.hypervisors.length} hosts) cannot restart every VM of its busiest host ${named(busiest)} on the others, so it tolerates no host failure — free RAM and CPU on the other hosts, add a host to the cluster, or move VMs out of it.`,
      ),
    );
  });
  return out;
}

/** The hypervisor whose server has the largest RAM demand (ties: smallest id): the first HA test. */
function busiestHost(ix: PlanIndex, hypervisors: readonly number[]): PlanNode {
  let best = hypervisors[0] as number;
  const demand = (h: number): number =>
    (ix.host[h] as number) >= 0 ? (ix.ramDemand[ix.host[h] as number] as number) : 0;
  for (const h of hypervisors) if (demand(h) > demand(best)) best = h;
  return ix.nodes[best] as PlanNode;
}

export function drIssues(ix: PlanIndex, dr: Dr | null): Issue[] {
  if (dr === null || dr.coverage >= 1) return [];
  const sites = ix.sortedById.filter((i) => {
    const nd = ix.kind[i] === SITE ? ix.nodes[i] : undefined;
    return nd?.kind === 'site' && nd.role === 'secondary';
  });
  const first = ix.nodes[sites[0] ?? -1];
  if (!first) return [];
  const names = Array.from(sites, (i) => `"${(ix.nodes[i] as PlanNode).name}"`).join(', ');
  const which = sites.length === 1 ? `Secondary site ${names}` : `Secondary sites ${names}`;
  const percent = Math.max(0, Math.floor(dr.coverage * 100));
  return [
    issue(
      'warning',
      'dr-insufficient',
      first.id,
      `${which} can restart only ${percent}% of the primary sites' VMs (free ${num(dr.freeRamGiB)} GiB RAM and ${num(dr.freeCpu)} vCPU for a demand of ${num(dr.demandRamGiB)} GiB and ${num(dr.demandCpu)} vCPU) — add hypervisor hosts or capacity at the secondary site, or move VMs out of the primary site.`,
    ),
  ];
}
