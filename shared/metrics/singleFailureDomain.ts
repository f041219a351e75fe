/** Services whose two or more workloads all sit on one physical server (SPEC §4, §6.3). */
import { compareStrings, type PlanIndex } from '../model/planIndex';

export interface SingleFailureDomain {
  readonly service: number;
  readonly server: number;
}

/** In service-name order. Workloads on no server (misplaced) never form such a domain. */
export function findSingleFailureDomains(ix: PlanIndex): SingleFailureDomain[] {
  const out: SingleFailureDomain[] = [];
  for (let s = 0; s < ix.serviceNames.length; s++) {
    const from = ix.serviceStart[s] as number;
    const to = ix.serviceStart[s + 1] as number;
    if (to - from < 2) continue;
    const server = ix.server[ix.serviceWorkloads[from] as number] as number;
    let same = server >= 0;
    for (let p = from + 1; same && p < to; p++)
      same = ix.server[ix.serviceWorkloads[p] as number] === server;
    if (same) out.push({ service: s, server });
  }
  const name = (d: SingleFailureDomain): string => ix.serviceNames[d.service] as string;
  return out.sort((a, b) => compareStrings(name(a), name(b)));
}
