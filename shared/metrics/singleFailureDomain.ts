/** Services whose two or more workloads all sit on one physical server (SPEC §4, §6.3). */
import { compareStrings, type PlanIndex } from '../model/planIndex';

export interface SingleFailureDomain {
  readonly service: number;
  readonly server: number;
}

/** In service-name order. Workloads on no server (misplaced) never form such a domain. */
export function findSingleFailureDomains(ix: PlanIndex): SingleFailureDomain[] {
  const out: SingleFailureDomain[] = [];
  ix.services.forEach((service, s) => {
    const [first, ...rest] = service.workloads;
    if (first === undefined || rest.length === 0) return;
    const server = ix.server[first] as number;
    if (server < 0) return;
    if (rest.every((w) => ix.server[w] === server)) out.push({ service: s, server });
  });
  return out.sort((a, b) =>
    compareStrings(ix.services[a.service]?.name ?? '', ix.services[b.service]?.name ?? ''),
  );
}
