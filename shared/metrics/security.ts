/** SPEC §6.5: how far a breakout from each workload reaches, and the largest shared kernel. */
import type { PlanNode } from '../model/nodes';
import { CONTAINER, RUNTIME, VM, type PlanIndex } from '../model/planIndex';
import type { Security } from './types';

/** 1 for a runtime with shared-kernel isolation. */
function sharedKernelRuntimes(ix: PlanIndex): Uint8Array {
  const shared = new Uint8Array(ix.nodes.length);
  for (let i = 0; i < ix.nodes.length; i++) {
    if (ix.kind[i] !== RUNTIME) continue;
    if ((ix.nodes[i] as PlanNode & { kind: 'runtime' }).isolation === 'shared-kernel')
      shared[i] = 1;
  }
  return shared;
}

/**
 * The node a breakout from workload w reaches (B in SPEC §6.5). Where the plan is misplaced and
 * that node does not exist (a container outside a runtime, a VM outside a hypervisor), the
 * breakout reaches the workload alone; a runtime with no parent is its own kernel owner.
 */
function breakoutScope(ix: PlanIndex, shared: Uint8Array, w: number): number {
  const k = ix.kind[w];
  if (k === VM) return (ix.host[w] as number) >= 0 ? (ix.host[w] as number) : w;
  if (k !== CONTAINER) return w;
  const rt = ix.parent[w] as number;
  if (rt < 0 || shared[rt] !== 1) return w;
  const owner = ix.kernelOwner[rt] as number;
  return owner >= 0 ? owner : rt;
}

export function computeSecurity(ix: PlanIndex): Security {
  const shared = sharedKernelRuntimes(ix);
  let maxExposure = 0;
  let best = -1;
  for (const w of ix.workloadOrder) {
    const exposure = ix.workloadsIn(breakoutScope(ix, shared, w));
    if (
      exposure > maxExposure ||
      (exposure === maxExposure && (ix.rank[w] as number) < (ix.rank[best] ?? Infinity))
    ) {
      maxExposure = exposure;
      best = w;
    }
  }
  const perRuntime = new Int32Array(ix.nodes.length);
  let largestSharedKernel = 0;
  for (let i = 0; i < ix.nodes.length; i++) {
    const rt = ix.parent[i] as number;
    if (ix.kind[i] !== CONTAINER || rt < 0 || shared[rt] !== 1) continue;
    perRuntime[rt] = (perRuntime[rt] as number) + 1;
    largestSharedKernel = Math.max(largestSharedKernel, perRuntime[rt] as number);
  }
  return {
    maxExposure,
    maxExposureWorkload: best >= 0 ? (ix.ids[best] as string) : null,
    largestSharedKernel,
  };
}
