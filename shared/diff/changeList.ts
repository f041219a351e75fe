/**
 * The change list of the Compare view, in a planner's words, from a diff: workloads that moved to
 * another host (physical server), nodes added and removed, nodes resized, servers retired; and the
 * ids of the `to` plan's nodes that changed at all, for the "show changes" outline.
 */
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { buildPlanIndex } from '../model/planIndex';
import type { NodeChanges } from './nodeChanges';

export interface NodeRef {
  readonly id: string;
  readonly name: string;
  readonly kind: PlanNode['kind'];
}

export interface WorkloadMove extends NodeRef {
  /** The physical servers (SPEC §3) before and after; null when none (a VM on no server). */
  readonly fromHost: NodeRef | null;
  readonly toHost: NodeRef | null;
}

export interface Resized extends NodeRef {
  readonly fields: readonly string[];
}

export interface ChangeList {
  readonly workloadsMoved: readonly WorkloadMove[];
  readonly added: readonly NodeRef[];
  readonly removed: readonly NodeRef[];
  readonly resized: readonly Resized[];
  /** Servers of `from` that `to` no longer has. */
  readonly hostsRetired: readonly NodeRef[];
  /** Nodes of `to` that were added, moved or changed (sorted by id). */
  readonly changedIds: readonly string[];
}

/** Fields that size a node: its capacity or its demand. */
export const SIZE_FIELDS: ReadonlySet<string> = new Set([
  'cpuCores',
  'ramGiB',
  'vcpu',
  'cpu',
  'reservedCpuCores',
  'reservedRamGiB',
]);

const ref = (n: PlanNode): NodeRef => ({ id: n.id, name: n.name, kind: n.kind });

function byId(plan: Plan): Map<string, PlanNode> {
  return new Map(plan.nodes.map((n) => [n.id, n]));
}

/** The node itself when it is a server, else its nearest server ancestor (a cycle gives none). */
function physicalServer(id: string, nodes: ReadonlyMap<string, PlanNode>): PlanNode | null {
  let node = nodes.get(id);
  for (let steps = 0; node && steps <= nodes.size; steps += 1) {
    if (node.kind === 'server') return node;
    node = node.parentId === null ? undefined : nodes.get(node.parentId);
  }
  return null;
}

export function changeList(from: Plan, to: Plan, changes: NodeChanges): ChangeList {
  const before = byId(from);
  const after = byId(to);
  const workload = (plan: Plan): Set<string> => {
    const ix = buildPlanIndex(plan);
    return new Set(ix.nodes.filter((_, i) => ix.isWorkload[i] === 1).map((n) => n.id));
  };
  const workloadsAfter = workload(to);
  const workloadsBefore = workload(from);
  const workloadsMoved: WorkloadMove[] = [];
  for (const n of to.nodes) {
    if (!workloadsAfter.has(n.id) || !workloadsBefore.has(n.id)) continue;
    const a = physicalServer(n.id, before);
    const b = physicalServer(n.id, after);
    if (a?.id === b?.id) continue;
    workloadsMoved.push({ ...ref(n), fromHost: a && ref(a), toHost: b && ref(b) });
  }
  const resized: Resized[] = [];
  for (const c of changes.changed) {
    const fields = c.fields.filter((f) => SIZE_FIELDS.has(f));
    const node = after.get(c.id);
    if (node && fields.length > 0) resized.push({ ...ref(node), fields });
  }
  const removed = changes.removed.flatMap((id) => {
    const n = before.get(id);
    return n ? [ref(n)] : [];
  });
  const changedIds = new Set([
    ...changes.added,
    ...changes.moved.map((m) => m.id),
    ...changes.changed.map((c) => c.id),
  ]);
  return {
    workloadsMoved: workloadsMoved.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    added: changes.added.flatMap((id) => {
      const n = after.get(id);
      return n ? [ref(n)] : [];
    }),
    removed,
    resized,
    hostsRetired: removed.filter((n) => n.kind === 'server'),
    changedIds: [...changedIds].sort(),
  };
}
