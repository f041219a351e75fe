/**
 * The index of an edited plan from the index before the edit. When the edit kept the tree (the same
 * ids, kinds and parents at every position: only other fields changed), the tree passes and the
 * sort by id are kept, the per-node figures are patched where node objects changed, and services,
 * capacity and clusters are recomputed only when a field they read changed. When VMs only moved to
 * other parents, the sort, services and clusters are renumbered (planIndexMove.ts). Otherwise the
 * index is built afresh. Either way the result equals `buildPlanIndex(plan)`.
 */
import { CONTAINER, HYPERVISOR, RUNTIME, SERVER, VM } from './kindCode';
import type { PlanNode } from './nodes';
import type { Link, Plan } from './plan';
import { clusterName, serviceName } from './planGroups';
import {
  bareWorkload,
  buildPlanIndex,
  cpuOf,
  indexWithFields,
  ramOf,
  type IndexGroups,
  type PlanIndex,
} from './planIndex';
import { indexAfterMove, vmMoveMapping } from './planIndexMove';
import { hasChildOfKind } from './planTree';
import { contributors, redoServerDemand } from './serverDemand';

/** The last comparison made for each node list: an edit is compared by several caches. */
const comparisons = new WeakMap<
  readonly PlanNode[],
  { readonly before: readonly PlanNode[]; readonly changed: readonly number[] | null }
>();

/** The positions whose node object changed, or null when the tree itself changed. */
export function changedNodes(
  before: readonly PlanNode[],
  after: readonly PlanNode[],
): readonly number[] | null {
  const known = comparisons.get(after);
  if (known?.before === before) return known.changed;
  const changed = compareNodes(before, after);
  comparisons.set(after, { before, changed });
  return changed;
}

function compareNodes(before: readonly PlanNode[], after: readonly PlanNode[]): number[] | null {
  if (before.length !== after.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a === b) continue;
    if (!a || !b || a.id !== b.id || a.kind !== b.kind || a.parentId !== b.parentId) return null;
    changed.push(i);
  }
  return changed;
}

/**
 * How an index was derived from the one before (recorded by derivePlanIndex): what the report's
 * sections may take over from the report before.
 */
export interface Derivation {
  readonly from: PlanIndex;
  /** Positions whose node object changed. */
  readonly changed: readonly number[];
  /**
   * Servers and VMs whose own size or summed demand changed; null when the overcommit limits
   * changed (then any server's free room may have).
   */
  readonly resized: readonly number[] | null;
  /**
   * Whether the edit changed sizes alone: each changed node differs only in SIZE_FIELDS (or fields
   * no figure reads), and the links and settings are the same objects as before.
   */
  readonly sizesOnly: boolean;
}

/** The fields that give a node its size: its demand, or its capacity. */
const SIZE_FIELDS: ReadonlySet<string> = new Set([
  'vcpu',
  'cpu',
  'cpuCores',
  'ramGiB',
  'reservedCpuCores',
  'reservedRamGiB',
]);
/** Fields only the canvas reads. */
const LAYOUT_FIELDS: ReadonlySet<string> = new Set(['position', 'size', 'notes']);

const derivations = new WeakMap<PlanIndex, Derivation>();

export function derivationOf(ix: PlanIndex): Derivation | undefined {
  return derivations.get(ix);
}

/** Equality of plain data: a node's fields (numbers, strings, null, small objects such as an OS). */
function sameData(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  const a = x as Readonly<Record<string, unknown>>;
  const b = y as Readonly<Record<string, unknown>>;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => key in b && sameData(a[key], b[key]))
  );
}

/** Whether two versions of a node differ only in size (or in fields only the canvas reads). */
function onlySizesDiffer(a: PlanNode, b: PlanNode): boolean {
  const x = a as unknown as Readonly<Record<string, unknown>>;
  const y = b as unknown as Readonly<Record<string, unknown>>;
  for (const key in y)
    if (!SIZE_FIELDS.has(key) && !LAYOUT_FIELDS.has(key) && !sameData(x[key], y[key])) return false;
  for (const key in x) if (!(key in y) && !LAYOUT_FIELDS.has(key)) return false;
  return true;
}

function sameLinkEnds(a: readonly Link[], b: readonly Link[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let l = 0; l < a.length; l++) {
    const x = a[l] as Link;
    const y = b[l] as Link;
    if (x.from !== y.from || x.to !== y.to) return false;
  }
  return true;
}

export function derivePlanIndex(previous: PlanIndex, plan: Plan): PlanIndex {
  if (previous.plan === plan) return previous;
  const changed = changedNodes(previous.nodes, plan.nodes);
  if (changed === null) {
    const move = vmMoveMapping(previous, plan);
    return move ? indexAfterMove(previous, plan, move) : buildPlanIndex(plan);
  }
  let { cpu, ram, isWorkload } = previous;
  let figures = false;
  let workloads = false;
  let services = !sameLinkEnds(previous.plan.links, plan.links);
  let clusters = false;
  // Nodes whose figures or reserved room changed: their server's (or VM's) sums are redone.
  const resized: number[] = [];
  for (const i of changed) {
    const a = previous.nodes[i] as PlanNode;
    const b = plan.nodes[i] as PlanNode;
    const c = cpuOf(b);
    const r = ramOf(b);
    // Object.is, not ===: a fresh build would store -0 and NaN as they are.
    if (!Object.is(c, cpu[i]) || !Object.is(r, ram[i])) {
      if (!figures) {
        cpu = cpu.slice();
        ram = ram.slice();
        figures = true;
      }
      cpu[i] = c;
      ram[i] = r;
      resized.push(i);
    }
    const k = previous.kind[i];
    if (k === SERVER) {
      const bare =
        !hasChildOfKind(previous, i, HYPERVISOR) && !hasChildOfKind(previous, i, RUNTIME);
      const flag = bare && bareWorkload(b) ? 1 : 0;
      if (flag !== isWorkload[i]) {
        if (!workloads) isWorkload = isWorkload.slice();
        isWorkload[i] = flag;
        workloads = true;
        services = true;
      }
    } else if (k === HYPERVISOR) {
      if (
        a.kind === 'hypervisor' &&
        b.kind === 'hypervisor' &&
        (!Object.is(a.reservedCpuCores, b.reservedCpuCores) ||
          !Object.is(a.reservedRamGiB, b.reservedRamGiB))
      ) {
        resized.push(i);
      }
      clusters ||= clusterName(a) !== clusterName(b);
    }
    if (isWorkload[i] === 1 && serviceName(a) !== serviceName(b)) services = true;
  }
  const before = previous.plan.settings;
  const after = plan.settings;
  const limits =
    !Object.is(before.cpuOvercommitLimit, after.cpuOvercommitLimit) ||
    !Object.is(before.ramOvercommitLimit, after.ramOvercommitLimit);
  const owners = new Set<number>();
  const capacity = limits
    ? null
    : resized.length === 0
      ? previous
      : resummed(previous, plan, cpu, ram, resized, owners);
  const reuse: IndexGroups = {
    ...(workloads
      ? {}
      : { workloads: { list: previous.workloadOrder, before: previous.workloadBefore } }),
    ...(services ? {} : { services: previous }),
    ...(capacity ? { capacity } : {}),
    ...(clusters ? {} : { clusters: previous }),
  };
  const ix = indexWithFields(plan, previous, { cpu, ram, isWorkload }, reuse);
  const sizesOnly =
    capacity !== null &&
    plan.links === previous.plan.links &&
    plan.settings === previous.plan.settings &&
    changed.every((i) => onlySizesDiffer(previous.nodes[i] as PlanNode, plan.nodes[i] as PlanNode));
  derivations.set(ix, {
    from: previous,
    changed,
    resized: capacity ? [...owners] : null,
    sizesOnly,
  });
  return ix;
}

/**
 * The capacity arrays after `resized` nodes changed size or reserved room: each server (or VM, for
 * its containers) they count towards is summed again, over the same nodes in the same order as
 * buildCapacity, so every figure is bit for bit the one a fresh build gives. Adds to `owners` the
 * servers and VMs whose size or sums changed.
 */
function resummed(
  previous: PlanIndex,
  plan: Plan,
  cpu: Float64Array,
  ram: Float64Array,
  resized: readonly number[],
  owners: Set<number>,
): Pick<
  PlanIndex,
  'cpuDemand' | 'ramDemand' | 'freeCpu' | 'freeRam' | 'containerCpu' | 'containerRam'
> {
  const { kind, parent, host } = previous;
  const servers = new Set<number>();
  const vms = new Set<number>();
  for (const i of resized) {
    const k = kind[i];
    if (k === VM) owners.add(i);
    if (k === SERVER) servers.add(i);
    else if (k === HYPERVISOR && (host[i] as number) >= 0) servers.add(host[i] as number);
    else if (k === VM && (host[i] as number) >= 0 && (host[host[i] as number] as number) >= 0) {
      servers.add(host[host[i] as number] as number);
    } else if (k === CONTAINER) {
      const rt = parent[i] as number;
      const owner = rt >= 0 && kind[rt] === RUNTIME ? (parent[rt] as number) : -1;
      if (owner >= 0 && kind[owner] === SERVER) servers.add(owner);
      else if (owner >= 0 && kind[owner] === VM) vms.add(owner);
    }
  }
  const cpuDemand = servers.size > 0 ? previous.cpuDemand.slice() : previous.cpuDemand;
  const ramDemand = servers.size > 0 ? previous.ramDemand.slice() : previous.ramDemand;
  const freeCpu = servers.size > 0 ? previous.freeCpu.slice() : previous.freeCpu;
  const freeRam = servers.size > 0 ? previous.freeRam.slice() : previous.freeRam;
  redoServerDemand(previous, plan.nodes, { cpu, ram }, plan.settings, servers, {
    cpuDemand,
    ramDemand,
    freeCpu,
    freeRam,
  });
  const containerCpu = vms.size > 0 ? previous.containerCpu.slice() : previous.containerCpu;
  const containerRam = vms.size > 0 ? previous.containerRam.slice() : previous.containerRam;
  for (const v of vms) {
    let c = 0;
    let r = 0;
    for (const i of contributors(previous, v)) {
      c += cpu[i] as number;
      r += ram[i] as number;
    }
    containerCpu[v] = c;
    containerRam[v] = r;
  }
  for (const s of servers) owners.add(s);
  for (const v of vms) owners.add(v);
  return { cpuDemand, ramDemand, freeCpu, freeRam, containerCpu, containerRam };
}
