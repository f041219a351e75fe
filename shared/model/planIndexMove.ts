/**
 * The index of a plan that differs from the one before only by VMs given other parents (a drop on
 * another host, its undo) and nodes moved on the canvas (the cards such a drop pushed aside, see
 * shared/edit/resolveOverlaps.ts: no figure reads a position). The tree passes run again, as the tree changed and every position after
 * a moved node shifted (it goes last in the plan), but the sort by id, the services and the
 * clusters are the ones before with positions renumbered: moving VMs changes no id, kind, size,
 * workload (a VM is one by its own children), service or cluster. Equals `buildPlanIndex(plan)`.
 */
import { HYPERVISOR } from './kindCode';
import type { PlanNode } from './nodes';
import type { Plan } from './plan';
import { indexWithFields, type PlanIndex } from './planIndex';
import { buildShape } from './planTree';
import { redoServerDemand } from './serverDemand';

export interface MoveMapping {
  /** Per node of the new plan: its position in the plan before. */
  readonly from: Int32Array;
  /** Per node of the plan before: its position in the new plan. */
  readonly to: Int32Array;
  /** New positions of the VMs whose parent changed. */
  readonly moved: readonly number[];
}

/** Whether a VM's two versions differ only in where it is: its parent, its position. */
function onlyPlaceDiffers(a: PlanNode, b: PlanNode): boolean {
  const x = a as unknown as Readonly<Record<string, unknown>>;
  const y = b as unknown as Readonly<Record<string, unknown>>;
  for (const key in y)
    if (key !== 'parentId' && key !== 'position' && x[key] !== y[key]) return false;
  for (const key in x) if (key !== 'position' && !(key in y)) return false;
  return true;
}

/**
 * How `plan` renumbers `previous`'s nodes when it differs from it only by VMs given other parents
 * and nodes moved on the canvas (a new position, the same parent): the same ids, each once, the
 * same node objects otherwise, the same links. Null for any other edit.
 */
export function vmMoveMapping(previous: PlanIndex, plan: Plan): MoveMapping | null {
  // The index and the report both ask, one after the other.
  const known = mappings.get(plan);
  if (known?.previous === previous) return known.mapping;
  const mapping = findMapping(previous, plan);
  mappings.set(plan, { previous, mapping });
  return mapping;
}

const mappings = new WeakMap<
  Plan,
  { readonly previous: PlanIndex; readonly mapping: MoveMapping | null }
>();

function findMapping(previous: PlanIndex, plan: Plan): MoveMapping | null {
  const nodes = plan.nodes;
  const n = nodes.length;
  if (
    previous.nodes.length !== n ||
    previous.indexOf.size !== n ||
    previous.plan.links !== plan.links
  )
    return null;
  const from = new Int32Array(n);
  const to = new Int32Array(n).fill(-1);
  const moved: number[] = [];
  // The nodes a move leaves in place keep their order: walk both lists, looking an id up only
  // where they part.
  let next = 0;
  const { ids, indexOf } = previous;
  const was = previous.nodes;
  for (let i = 0; i < n; i++) {
    const b = nodes[i] as PlanNode;
    let j = next;
    // The same object at the next place (most nodes) needs no id read.
    if (was[j] !== b && ids[j] !== b.id) {
      const found = indexOf.get(b.id);
      if (found === undefined) return null;
      j = found;
    }
    if (to[j] !== -1) return null;
    if (j >= next) next = j + 1;
    from[i] = j;
    to[j] = i;
    const a = was[j] as PlanNode;
    if (a === b) continue;
    // Moved on the canvas only (a card the drop pushed aside, a VM dropped on its own host).
    if (a.parentId === b.parentId && onlyPlaceDiffers(a, b)) continue;
    if (a.kind !== 'vm' || b.kind !== 'vm' || !onlyPlaceDiffers(a, b)) return null;
    if (!hypervisorToHypervisor(previous, j, b.parentId)) return null;
    moved.push(i);
  }
  return { from, to, moved };
}

/**
 * A drop's move: the VM leaves a hypervisor for another one outside its own subtree. Anything else
 * (onto a server, into its own runtime: a loop) changes what is placed, and is built afresh.
 */
function hypervisorToHypervisor(previous: PlanIndex, vm: number, parentId: string | null): boolean {
  const old = previous.parent[vm] as number;
  const target = parentId === null ? undefined : previous.indexOf.get(parentId);
  if (old < 0 || previous.kind[old] !== HYPERVISOR) return false;
  if (target === undefined || previous.kind[target] !== HYPERVISOR) return false;
  const at = previous.tin[target] as number;
  const from = previous.tin[vm] as number;
  // Both on the canvas (a node in a loop has none), the target not inside the VM.
  return at >= 0 && from >= 0 && !(at >= from && at < (previous.tout[vm] as number));
}

/** Positions renumbered by `to` (-1 stays -1), in a plain loop: the lists are as long as the plan. */
function renumbered(list: Int32Array, to: Int32Array): Int32Array {
  const out = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const x = list[k] as number;
    out[k] = x >= 0 ? (to[x] as number) : -1;
  }
  return out;
}

export function indexAfterMove(previous: PlanIndex, plan: Plan, m: MoveMapping): PlanIndex {
  const { from, to } = m;
  const n = from.length;
  const ids = new Array<string>(n);
  const kind = new Uint8Array(n);
  const cpu = new Float64Array(n);
  const ram = new Float64Array(n);
  const isWorkload = new Uint8Array(n);
  const serviceOf = new Int32Array(n);
  const clusterOf = new Int32Array(n);
  const rank = new Int32Array(n);
  const parent = new Int32Array(n);
  // Every server's demand and every VM's containers' are as before, but for the servers the VMs
  // left and joined (summed again below).
  const cpuDemand = new Float64Array(n);
  const ramDemand = new Float64Array(n);
  const freeCpu = new Float64Array(n);
  const freeRam = new Float64Array(n);
  const containerCpu = new Float64Array(n);
  const containerRam = new Float64Array(n);
  // The arrays read in locals: this loop runs once per drop, mostly before the engine has
  // compiled it, where every property read of `previous` would be paid per node.
  const was = previous.nodes;
  const now = plan.nodes;
  const { indexOf } = previous;
  const p0 = previous.parent;
  const [ids0, kind0, cpu0, ram0, work0] = [
    previous.ids,
    previous.kind,
    previous.cpu,
    previous.ram,
    previous.isWorkload,
  ];
  const [service0, cluster0, rank0] = [previous.serviceOf, previous.clusterOf, previous.rank];
  const [cd0, rd0, fc0, fr0, cc0, cr0] = [
    previous.cpuDemand,
    previous.ramDemand,
    previous.freeCpu,
    previous.freeRam,
    previous.containerCpu,
    previous.containerRam,
  ];
  for (let i = 0; i < n; i++) {
    const j = from[i] as number;
    ids[i] = ids0[j] as string;
    kind[i] = kind0[j] as number;
    cpu[i] = cpu0[j] as number;
    ram[i] = ram0[j] as number;
    isWorkload[i] = work0[j] as number;
    serviceOf[i] = service0[j] as number;
    clusterOf[i] = cluster0[j] as number;
    rank[i] = rank0[j] as number;
    cpuDemand[i] = cd0[j] as number;
    ramDemand[i] = rd0[j] as number;
    freeCpu[i] = fc0[j] as number;
    freeRam[i] = fr0[j] as number;
    containerCpu[i] = cc0[j] as number;
    containerRam[i] = cr0[j] as number;
    // The parent its parentId names, renumbered; looked up where the index before cut it loose
    // (a loop, a missing parent) or where the node changed (read only there: most are the same).
    const p = p0[j] as number;
    const a = was[j] as PlanNode;
    const b = now[i] as PlanNode;
    if (p >= 0 && (a === b || a.parentId === b.parentId)) parent[i] = to[p] as number;
    else {
      const q = b.parentId === null ? undefined : indexOf.get(b.parentId);
      parent[i] = q === undefined || to[q] === i ? -1 : (to[q] as number);
    }
  }
  const at = (x: number): number => (x >= 0 ? (to[x] as number) : -1);
  const sortedById = renumbered(previous.sortedById, to);
  const shape = buildShape(ids, null, kind, { sortedById, rank, parent });
  const servers = new Set<number>();
  for (const v of m.moved) {
    const was = previous.host[from[v] as number] as number;
    const wasServer = was >= 0 ? (previous.host[was] as number) : -1;
    if (wasServer >= 0) servers.add(to[wasServer] as number);
    const h = shape.host[v] as number;
    if (h >= 0 && (shape.host[h] as number) >= 0) servers.add(shape.host[h] as number);
  }
  redoServerDemand(shape, plan.nodes, { cpu, ram }, plan.settings, servers, {
    cpuDemand,
    ramDemand,
    freeCpu,
    freeRam,
  });
  return indexWithFields(
    plan,
    shape,
    { cpu, ram, isWorkload },
    {
      services: {
        serviceOf,
        serviceNames: previous.serviceNames,
        serviceStart: previous.serviceStart,
        serviceWorkloads: renumbered(previous.serviceWorkloads, to),
        linkFrom: renumbered(previous.linkFrom, to),
        linkTo: renumbered(previous.linkTo, to),
        dependsOnStart: previous.dependsOnStart,
        dependsOnList: previous.dependsOnList,
        dependentsStart: previous.dependentsStart,
        dependentsList: previous.dependentsList,
      },
      capacity: { cpuDemand, ramDemand, freeCpu, freeRam, containerCpu, containerRam },
      clusters: {
        clusters: previous.clusters.map((c) => ({
          name: c.name,
          hypervisors: c.hypervisors.map(at),
        })),
        clusterOf,
      },
    },
  );
}
