/**
 * A server's demand summed again after an edit (planIndexDerive.ts, planIndexMove.ts): over the
 * same nodes in the same order as buildCapacity (planIndex.ts), so that every figure is bit for bit
 * the one a fresh build gives.
 */
import { CONTAINER, HYPERVISOR, RUNTIME, VM } from './kindCode';
import type { PlanNode } from './nodes';
import type { PlanShape } from './planTree';

/** The nodes whose demand buildCapacity adds to server or VM `owner`, in the order it adds them. */
export function contributors(ix: PlanShape, owner: number): number[] {
  const out: number[] = [];
  const { childStart, childList, kind, host, parent } = ix;
  // Parents are checked too: a loop cut loose by the index keeps its place in the children lists.
  for (let p = childStart[owner] as number; p < (childStart[owner + 1] as number); p++) {
    const c = childList[p] as number;
    const hypervisorHere = kind[c] === HYPERVISOR && host[c] === owner;
    if (hypervisorHere) out.push(c);
    else if (kind[c] !== RUNTIME || parent[c] !== owner) continue;
    for (let q = childStart[c] as number; q < (childStart[c + 1] as number); q++) {
      const g = childList[q] as number;
      if (
        hypervisorHere ? kind[g] === VM && host[g] === c : kind[g] === CONTAINER && parent[g] === c
      )
        out.push(g);
    }
  }
  return out.sort((x, y) => x - y);
}

/**
 * Server `s`'s CPU and RAM demand, summed over the same nodes in the same order as buildCapacity,
 * so that it is bit for bit the figure a fresh build gives.
 */
export function serverDemand(
  shape: PlanShape,
  nodes: readonly PlanNode[],
  cpu: Float64Array,
  ram: Float64Array,
  s: number,
): { readonly cpu: number; readonly ram: number } {
  let c = 0;
  let r = 0;
  for (const i of contributors(shape, s)) {
    const nd = nodes[i] as PlanNode;
    c += nd.kind === 'hypervisor' ? nd.reservedCpuCores : (cpu[i] as number);
    r += nd.kind === 'hypervisor' ? nd.reservedRamGiB : (ram[i] as number);
  }
  return { cpu: c, ram: r };
}

/** The capacity arrays of an index that a server's demand fills. */
export interface DemandArrays {
  readonly cpuDemand: Float64Array;
  readonly ramDemand: Float64Array;
  readonly freeCpu: Float64Array;
  readonly freeRam: Float64Array;
}

/** Servers `servers`' demand and free capacity summed again into `out` (the others are kept). */
export function redoServerDemand(
  shape: PlanShape,
  nodes: readonly PlanNode[],
  capacity: { readonly cpu: Float64Array; readonly ram: Float64Array },
  limits: { readonly cpuOvercommitLimit: number; readonly ramOvercommitLimit: number },
  servers: Iterable<number>,
  out: DemandArrays,
): void {
  const { cpu, ram } = capacity;
  for (const s of servers) {
    const demand = serverDemand(shape, nodes, cpu, ram, s);
    out.cpuDemand[s] = demand.cpu;
    out.ramDemand[s] = demand.ram;
    out.freeCpu[s] = (cpu[s] as number) * limits.cpuOvercommitLimit - demand.cpu;
    out.freeRam[s] = (ram[s] as number) * limits.ramOvercommitLimit - demand.ram;
  }
}
