/** What `strata fail` prints (SPEC §6.3): the failure of one node, with id and name lists. */
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { buildPlanIndex, type PlanIndex } from '../model/planIndex';
import { FailureEngine } from './failureEngine';
import type { FailureResult, NamedRef } from './types';

export interface Restart {
  readonly vmId: string;
  readonly hypervisorId: string;
}

/** The spec's result plus the HA restarts behind `recoveredWorkloads` (sorted by VM id). */
export type FailureOutcome = FailureResult & { readonly restarts: readonly Restart[] };

export function simulateFailure(plan: Plan, nodeId: string): FailureOutcome | null {
  return simulateFailureIn(buildPlanIndex(plan), nodeId);
}

/** The same on an index already built (the editor keeps one per plan revision). */
export function simulateFailureIn(
  ix: PlanIndex,
  nodeId: string,
  engine = new FailureEngine(ix),
): FailureOutcome | null {
  const x = ix.indexOf.get(nodeId);
  if (x === undefined) return null;
  const d = engine.detail(x);
  const ref = (i: number): NamedRef => {
    const nd = ix.nodes[i] as PlanNode;
    return { id: ix.ids[i] as string, name: nd.name };
  };
  const from = ix.tin[x] as number;
  const subtree = new Array<number>((ix.tout[x] as number) - from);
  for (let p = 0; p < subtree.length; p++) subtree[p] = ix.order[from + p] as number;
  const down = engine.inIdOrder(subtree);
  return {
    nodeId,
    down: down.map(ref),
    lostWorkloads: d.lostWorkloads.map(ref),
    recoveredWorkloads: d.recoveredWorkloads.map(ref),
    servicesDown: engine.namesInOrder(d.servicesDown),
    servicesDegraded: engine.namesInOrder(d.servicesDegraded),
    restarts: d.placements.map((p) => ({
      vmId: (ix.nodes[p.vm] as PlanNode).id,
      hypervisorId: (ix.nodes[p.hypervisor] as PlanNode).id,
    })),
  };
}

/** Strips an outcome to exactly the keys the spec prints. */
export function toFailureResult(outcome: FailureOutcome): FailureResult {
  const { nodeId, down, lostWorkloads, recoveredWorkloads, servicesDown, servicesDegraded } =
    outcome;
  return { nodeId, down, lostWorkloads, recoveredWorkloads, servicesDown, servicesDegraded };
}
