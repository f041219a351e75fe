/**
 * A group as numbers: each unit's vCPU and RAM, the capacity of one host of the model, and the
 * anti-affinity sets (the units carrying workloads of one service with more than one workload,
 * which must sit on distinct hosts so that no new `single-failure-domain` issue appears).
 */
import type { PlanIndex } from '../model/planIndex';
import type { Group } from './scope';

export interface Capacity {
  readonly cpu: number;
  readonly ram: number;
}

export interface Instance {
  readonly size: number;
  readonly cpu: Float64Array;
  readonly ram: Float64Array;
  /** What a host may hold for packing: capacity × overcommit × headroom − reservations. */
  readonly cap: Capacity;
  /** What a host offers HA restarts: capacity × overcommit − reservations. */
  readonly full: Capacity;
  readonly ha: number;
  /** The anti-affinity sets of unit u: `sets[setStart[u] .. setStart[u + 1])`. */
  readonly setStart: Int32Array;
  readonly sets: Int32Array;
  /** The units of set s: `members[memberStart[s] .. memberStart[s + 1])`. */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
}

/** The services a unit carries: its own as a workload, or its containers'. */
function servicesOf(ix: PlanIndex, node: number, p2v: boolean): number[] {
  if (p2v) return [ix.serviceOf[node] as number];
  const out: number[] = [];
  for (let p = ix.tin[node] as number; p < (ix.tout[node] as number); p++) {
    const w = ix.order[p] as number;
    if (ix.isWorkload[w] !== 1) continue;
    const s = ix.serviceOf[w] as number;
    if (s >= 0 && !out.includes(s)) out.push(s);
  }
  return out;
}

export function buildInstance(
  ix: PlanIndex,
  group: Group,
  cap: Capacity,
  full: Capacity,
  ha: number,
): Instance {
  const size = group.units.length;
  const cpu = new Float64Array(size);
  const ram = new Float64Array(size);
  const unitsOf = new Map<number, number[]>();
  group.units.forEach((unit, u) => {
    cpu[u] = unit.cpu;
    ram[u] = unit.ram;
    for (const s of servicesOf(ix, unit.node, unit.p2v)) {
      if ((ix.serviceStart[s + 1] as number) - (ix.serviceStart[s] as number) < 2) continue;
      let list = unitsOf.get(s);
      if (!list) unitsOf.set(s, (list = []));
      list.push(u);
    }
  });
  const kept = [...unitsOf.values()].filter((units) => units.length > 1);
  const memberStart = new Int32Array(kept.length + 1);
  const members = new Int32Array(kept.reduce((sum, units) => sum + units.length, 0));
  const count = new Int32Array(size + 1);
  let at = 0;
  kept.forEach((units, s) => {
    memberStart[s] = at;
    for (const u of units) {
      members[at++] = u;
      count[u + 1] = (count[u + 1] as number) + 1;
    }
  });
  memberStart[kept.length] = at;
  const setStart = new Int32Array(size + 1);
  for (let u = 0; u < size; u++)
    setStart[u + 1] = (setStart[u] as number) + (count[u + 1] as number);
  const sets = new Int32Array(at);
  const fill = setStart.slice(0, size);
  kept.forEach((units, s) => {
    for (const u of units) {
      const at = fill[u] as number;
      sets[at] = s;
      fill[u] = at + 1;
    }
  });
  return { size, cpu, ram, cap, full, ha, setStart, sets, memberStart, members };
}

/** Rounds up, forgiving the float error of a sum (10.000000000001 hosts is 10). */
export const up = (x: number): number => Math.ceil(x - 1e-9);

export function totals(inst: Instance): Capacity {
  let cpu = 0;
  let ram = 0;
  for (let u = 0; u < inst.size; u++) {
    cpu += inst.cpu[u] as number;
    ram += inst.ram[u] as number;
  }
  return { cpu, ram };
}

/** The largest anti-affinity set: so many hosts at least. */
export function largestSet(inst: Instance): number {
  let best = inst.size > 0 ? 1 : 0;
  for (let s = 0; s + 1 < inst.memberStart.length; s++)
    best = Math.max(best, (inst.memberStart[s + 1] as number) - (inst.memberStart[s] as number));
  return best;
}

/**
 * The fewest hosts any layout can have: room for every VM under headroom; after k hosts fail,
 * room for every VM on the others at full capacity (what the HA test needs); a tolerance of k
 * needs k + 1 hosts; a service's units on distinct hosts.
 */
export function lowerBound(inst: Instance): number {
  if (inst.size === 0) return 0;
  const { cpu, ram } = totals(inst);
  return Math.max(
    up(cpu / inst.cap.cpu),
    up(ram / inst.cap.ram),
    up(cpu / inst.full.cpu) + inst.ha,
    up(ram / inst.full.ram) + inst.ha,
    inst.ha + 1,
    largestSet(inst),
  );
}
