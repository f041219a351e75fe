/**
 * Dependency links between services: each service above tier 0 depends on one to three (mostly one) services
 * of a lower tier, mostly of its own cluster — a DAG — and a few reverse links close cycles.
 */
import type { Context, Draft, ServiceDraft } from './drafts';

/** Share of dependencies that reach outside the service's own cluster. */
const REMOTE_SHARE = 0.15;
/** One cycle per this many services. */
const SERVICES_PER_CYCLE = 500;

export function buildLinks(ctx: Context): (readonly [Draft, Draft])[] {
  const { rng, services } = ctx;
  const global: ServiceDraft[][] = [[], [], []];
  const byGroup = new Map<number, ServiceDraft[][]>();
  for (const service of services) {
    global[service.tier]?.push(service);
    let tiers = byGroup.get(service.group);
    if (!tiers) {
      tiers = [[], [], []];
      byGroup.set(service.group, tiers);
    }
    tiers[service.tier]?.push(service);
  }

  const pairs: (readonly [Draft, Draft])[] = [];
  const edges: (readonly [ServiceDraft, ServiceDraft])[] = [];
  for (const service of services) {
    if (service.tier === 0) continue;
    const dependencies = rng.weighted([
      [1, 0.7],
      [2, 0.25],
      [3, 0.05],
    ] as const);
    const chosen = new Set<ServiceDraft>();
    for (let d = 0; d < dependencies; d++) {
      const tier = rng.int(0, service.tier - 1);
      const local = byGroup.get(service.group)?.[tier];
      const pool = local && local.length > 0 && !rng.chance(REMOTE_SHARE) ? local : global[tier];
      if (!pool || pool.length === 0) continue;
      const target = rng.pick(pool);
      if (chosen.has(target)) continue;
      chosen.add(target);
      edges.push([service, target]);
      pairs.push([rng.pick(service.workloads), rng.pick(target.workloads)]);
    }
  }

  const cycles = Math.min(
    edges.length,
    Math.max(1, Math.round(services.length / SERVICES_PER_CYCLE)),
  );
  const reversed = new Set<number>();
  while (reversed.size < cycles) {
    const index = rng.int(0, edges.length - 1);
    if (reversed.has(index)) continue;
    reversed.add(index);
    const [from, to] = edges[index] as readonly [ServiceDraft, ServiceDraft];
    pairs.push([rng.pick(to.workloads), rng.pick(from.workloads)]);
  }
  return pairs;
}
