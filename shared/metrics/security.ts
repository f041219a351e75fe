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
function breakoutScope(ix: PlanIndex, shared: (rt: number) => boolean, w: number): number {
  const k = ix.kind[w];
  if (k === VM) return (ix.host[w] as number) >= 0 ? (ix.host[w] as number) : w;
  if (k !== CONTAINER) return w;
  const rt = ix.parent[w] as number;
  if (rt < 0 || !shared(rt)) return w;
  const owner = ix.kernelOwner[rt] as number;
  return owner >= 0 ? owner : rt;
}

export function computeSecurity(ix: PlanIndex): Security {
  const shared = sharedKernelRuntimes(ix);
  const isShared = (rt: number): boolean => shared[rt] === 1;
  let maxExposure = 0;
  let best = -1;
  for (const w of ix.workloadOrder) {
    const exposure = ix.workloadsIn(breakoutScope(ix, isShared, w));
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

function sharedKernel(ix: PlanIndex, rt: number): boolean {
  const nd = ix.kind[rt] === RUNTIME ? ix.nodes[rt] : undefined;
  return nd?.kind === 'runtime' && nd.isolation === 'shared-kernel';
}

/**
 * The section after VMs moved between hypervisors (see moveScope.ts), or null when it must be
 * computed afresh. Containers and runtimes stay where they were, so the largest shared kernel is
 * as before; a breakout's reach changed only for the workloads whose breakout node lost or gained
 * the moved VMs: the VMs of their old and new hypervisors, and the containers of shared-kernel
 * runtimes on those hypervisors' servers. Every other workload reaches what it did, no more than
 * the maximum before, so the maximum is the one before or one of those — unless the workload that
 * had it now reaches less.
 */
export function securityAfterMove(
  ix: PlanIndex,
  previous: Security,
  ends: { readonly hosts: readonly number[]; readonly servers: readonly number[] },
): Security | null {
  if (previous.maxExposureWorkload === null) return previous;
  const isShared = (rt: number): boolean => sharedKernel(ix, rt);
  const exposure = (w: number): number => ix.workloadsIn(breakoutScope(ix, isShared, w));
  let best = ix.indexOf.get(previous.maxExposureWorkload) ?? -1;
  if (best < 0) return null;
  let maxExposure = exposure(best);
  if (maxExposure < previous.maxExposure) return null;
  const consider = (w: number): void => {
    if (ix.isWorkload[w] !== 1) return;
    const e = exposure(w);
    if (e > maxExposure || (e === maxExposure && (ix.rank[w] as number) < (ix.rank[best] as number))) {
      maxExposure = e;
      best = w;
    }
  };
  const children = (x: number, each: (c: number) => void): void => {
    for (let p = ix.childStart[x] as number; p < (ix.childStart[x + 1] as number); p++)
      each(ix.childList[p] as number);
  };
  for (const h of ends.hosts)
    children(h, (c) => {
      if (ix.kind[c] === VM) consider(c);
    });
  for (const s of ends.servers)
    children(s, (rt) => {
      if (!isShared(rt)) return;
      children(rt, (c) => {
        if (ix.kind[c] === CONTAINER) consider(c);
      });
    });
  return {
    maxExposure,
    maxExposureWorkload: ix.ids[best] as string,
    largestSharedKernel: previous.largestSharedKernel,
  };
}
