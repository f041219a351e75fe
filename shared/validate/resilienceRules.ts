/** SPEC §4 ha-insufficient and dr-insufficient, read from the HA and DR figures of the report. */
import type { PlanNode } from '../model/nodes';
import { SITE, type PlanIndex } from '../model/planIndex';
import type { HaAnalysis } from '../metrics/ha';
import type { Dr } from '../metrics/types';
import { issue, num } from './describe';
import type { Issue } from './issue';

export function haIssues(ix: PlanIndex, ha: HaAnalysis): Issue[] {
  const out: Issue[] = [];
  ix.clusters.forEach((cluster, c) => {
    const first = cluster.hypervisors[0];
    if (first === undefined || cluster.hypervisors.length < 2 || ha.tolerates[c] !== 0) return;
    const busiest = busiestHost(ix, cluster.hypervisors);
    out.push(
      issue('warning', 'ha-insufficient', (ix.nodes[first] as PlanNode).id, 'issue.ha-insufficient', {
        cluster: cluster.name,
        hosts: cluster.hypervisors.length,
        hostName: busiest.name,
      }),
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

/** @param secondarySites the secondary sites sorted by id, when known (metrics/dr.ts, DrBasis). */
export function drIssues(
  ix: PlanIndex,
  dr: Dr | null,
  secondarySites?: Int32Array,
): Issue[] {
  if (dr === null || dr.coverage >= 1) return [];
  const sites =
    secondarySites ??
    ix.sortedById.filter((i) => {
      const nd = ix.kind[i] === SITE ? ix.nodes[i] : undefined;
      return nd?.kind === 'site' && nd.role === 'secondary';
    });
  const first = ix.nodes[sites[0] ?? -1];
  if (!first) return [];
  const names = Array.from(sites, (i) => `"${(ix.nodes[i] as PlanNode).name}"`).join(', ');
  const percent = Math.max(0, Math.floor(dr.coverage * 100));
  return [
    issue('warning', 'dr-insufficient', first.id, 'issue.dr-insufficient', {
      count: sites.length,
      sites: names,
      percent,
      freeRam: num(dr.freeRamGiB),
      freeCpu: num(dr.freeCpu),
      demandRam: num(dr.demandRamGiB),
      demandCpu: num(dr.demandCpu),
    }),
  ];
}
