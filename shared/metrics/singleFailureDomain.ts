/** Services whose two or more workloads all sit on one physical server (SPEC §4, §6.3). */
import { compareStrings, type PlanIndex } from '../model/planIndex';

export interface SingleFailureDomain {
  readonly service: number;
  readonly server: number;
}

/** Whether service s is one (its two or more workloads on one server): that server, else -1. */
function domainServer(ix: PlanIndex, s: number): number {
  const from = ix.serviceStart[s] as number;
  const to = ix.serviceStart[s + 1] as number;
  if (to - from < 2) return -1;
  const server = ix.server[ix.serviceWorkloads[from] as number] as number;
  for (let p = from + 1; server >= 0 && p < to; p++)
    if (ix.server[ix.serviceWorkloads[p] as number] !== server) return -1;
  return server;
}

function byName(ix: PlanIndex, out: SingleFailureDomain[]): SingleFailureDomain[] {
  const name = (d: SingleFailureDomain): string => ix.serviceNames[d.service] as string;
  return out.sort((a, b) => compareStrings(name(a), name(b)) || a.service - b.service);
}

/** In service-name order. Workloads on no server (misplaced) never form such a domain. */
export function findSingleFailureDomains(ix: PlanIndex): SingleFailureDomain[] {
  const out: SingleFailureDomain[] = [];
  for (let s = 0; s < ix.serviceNames.length; s++) {
    const server = domainServer(ix, s);
    if (server >= 0) out.push({ service: s, server });
  }
  return byName(ix, out);
}

/**
 * The domains after VMs moved between hypervisors (see moveScope.ts): the services are as before
 * and only the workloads of the moved VMs changed servers, so only their services are looked at
 * again; the others keep their domain, its server renumbered (`to`).
 */
export function domainsAfterMove(
  ix: PlanIndex,
  previous: readonly SingleFailureDomain[],
  move: { readonly to: Int32Array; readonly moved: readonly number[] },
): SingleFailureDomain[] {
  const again = new Set<number>();
  for (const v of move.moved)
    for (let p = ix.tin[v] as number; p < (ix.tout[v] as number); p++) {
      const w = ix.order[p] as number;
      if (ix.isWorkload[w] === 1 && (ix.serviceOf[w] as number) >= 0) again.add(ix.serviceOf[w] as number);
    }
  const out: SingleFailureDomain[] = [];
  for (const d of previous)
    if (!again.has(d.service)) out.push({ service: d.service, server: move.to[d.server] as number });
  for (const s of again) {
    const server = domainServer(ix, s);
    if (server >= 0) out.push({ service: s, server });
  }
  return byName(ix, out);
}
