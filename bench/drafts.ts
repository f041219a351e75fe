/**
 * The generator's working structures: nodes are drafted as a tree first and get their ids when the
 * tree is written out depth-first, so every host's guests carry consecutive ids and every parent
 * comes before its children in the `nodes` array.
 */
import type { NodeKind, PlanNode } from '../shared/model';
import type { Random } from './random';
import type { Tier } from './syntheticCatalogue';

export interface Draft {
  /** Empty until emitted (sites carry fixed ids). */
  id: string;
  readonly kind: NodeKind;
  readonly children: Draft[];
  readonly make: (id: string, parentId: string | null) => PlanNode;
}

export interface ServiceDraft {
  readonly tier: Tier;
  /** Services of one cluster (or of the bare-metal hosts) depend mostly on each other. */
  readonly group: number;
  readonly workloads: readonly Draft[];
}

export interface Context {
  readonly rng: Random;
  readonly services: ServiceDraft[];
  /** Numbers the services, so names are unique across the plan. */
  serial: number;
}

export function draft(kind: NodeKind, make: Draft['make'], parent?: Draft, id = ''): Draft {
  const node: Draft = { id, kind, children: [], make };
  parent?.children.push(node);
  return node;
}

const ID_PREFIX: Readonly<Record<NodeKind, string>> = {
  site: 'site-',
  server: 's',
  hypervisor: 'h',
  vm: 'v',
  runtime: 'r',
  container: 'c',
};

/** Writes the trees depth-first, giving each node without an id `<prefix><n>` (n counted per kind). */
export function emitNodes(roots: readonly Draft[]): PlanNode[] {
  const counters = new Map<NodeKind, number>();
  const nodes: PlanNode[] = [];
  const visit = (node: Draft, parentId: string | null): void => {
    if (node.id === '') {
      const n = (counters.get(node.kind) ?? 0) + 1;
      counters.set(node.kind, n);
      node.id = `${ID_PREFIX[node.kind]}${n}`;
    }
    nodes.push(node.make(node.id, parentId));
    for (const child of node.children) visit(child, node.id);
  };
  for (const root of roots) visit(root, null);
  return nodes;
}

const REPLICAS: readonly (readonly [number, number])[] = [
  [1, 0.2],
  [2, 0.45],
  [3, 0.35],
];
/** Share of replicated services whose replicas all sit on one target (single-failure-domain). */
const COLOCATED_SHARE = 0.01;

export interface ServiceTemplate<T> {
  readonly tier: Tier;
  readonly prefix: string;
  /** What one replica adds to its target's load (its RAM). */
  readonly weight: number;
  readonly data: T;
}

/**
 * Creates services of 1–3 replicas until `count` workloads exist, each replica on a different
 * target, the least loaded ones first (as a scheduler balancing hosts would), so that the
 * targets end up evenly loaded. `loads` holds each target's load and is updated. A service of
 * one gets no service name (it is named by its workload's id).
 */
export function spreadServices<T>(
  ctx: Context,
  count: number,
  loads: number[],
  group: number,
  template: () => ServiceTemplate<T>,
  place: (target: number, data: T, service: string | null, name: string) => Draft,
): void {
  if (loads.length === 0) return;
  const { rng } = ctx;
  const order = loads.map((_, i) => i);
  let left = count;
  while (left > 0) {
    const replicas = Math.min(left, loads.length, rng.weighted(REPLICAS));
    const { tier, prefix, weight, data } = template();
    ctx.serial += 1;
    const base = `${prefix}-${ctx.serial}`;
    const service = replicas > 1 ? base : null;
    const colocated = replicas > 1 && rng.chance(COLOCATED_SHARE);
    order.sort((a, b) => (loads[a] as number) - (loads[b] as number) || a - b);
    const workloads: Draft[] = [];
    for (let r = 0; r < replicas; r++) {
      const target = order[colocated ? 0 : r] as number;
      loads[target] = (loads[target] as number) + weight;
      workloads.push(place(target, data, service, replicas > 1 ? `${base}-${r + 1}` : base));
    }
    ctx.services.push({ tier, group, workloads });
    left -= replicas;
  }
}
