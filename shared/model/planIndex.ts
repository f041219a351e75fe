/**
 * Every lookup the metrics and the validator need (SPEC §3), built once per plan in a few linear
 * passes. Nodes are addressed by their position in `plan.nodes`; a depth-first order makes each
 * Subtree(X) the contiguous range `order[tin[X] .. tout[X])`, so "workloads in a subtree" is a
 * difference of prefix sums.
 */
import type { PlanLookup } from '../rules/placement';
import { CONTAINER, HYPERVISOR, KIND_CODE, RUNTIME, SERVER, VM } from './kindCode';
import { buildClusters, buildServices, type ServiceFields } from './planGroups';
import { buildShape, prefixList, type PlanShape } from './planTree';
import type { PlanNode } from './nodes';
import type { Plan } from './plan';

export interface ClusterInfo {
  readonly name: string;
  /** Hypervisor node indices, sorted by id. */
  readonly hypervisors: readonly number[];
}

export interface PlanIndex extends PlanLookup, PlanShape {
  readonly plan: Plan;
  readonly nodes: readonly PlanNode[];
  /** vcpu / cpu / cpuCores and ramGiB of VMs, containers and servers (0 for other kinds). */
  readonly cpu: Float64Array;
  readonly ram: Float64Array;
  readonly isWorkload: Uint8Array;
  /** Workload indices in depth-first order; `workloadBefore[p]` counts those at order positions < p. */
  readonly workloadOrder: Int32Array;
  readonly workloadBefore: Int32Array;
  /** Service index of a workload, -1 for other nodes. */
  readonly serviceOf: Int32Array;
  /**
   * Services, indexed in the order of their smallest workload id (sort by name where output needs
   * it). A name is the service string, or the workload's id for a service of one. The workloads of
   * service s are `serviceWorkloads[serviceStart[s] .. serviceStart[s + 1])`, sorted by id.
   */
  readonly serviceNames: readonly string[];
  readonly serviceStart: Int32Array;
  readonly serviceWorkloads: Int32Array;
  /** Each link's from and to node index (-1 when the end names no node). */
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /**
   * Service dependencies without self-edges or repeats, in the same compressed form: the services s
   * depends on are `dependsOnList[dependsOnStart[s] .. dependsOnStart[s + 1])`; `dependents*` is the
   * reverse graph (the services that depend on s).
   */
  readonly dependsOnStart: Int32Array;
  readonly dependsOnList: Int32Array;
  readonly dependentsStart: Int32Array;
  readonly dependentsList: Int32Array;
  /** Per server (0 elsewhere): demand and free capacity (SPEC §3; free is not clamped at 0). */
  readonly cpuDemand: Float64Array;
  readonly ramDemand: Float64Array;
  readonly freeCpu: Float64Array;
  readonly freeRam: Float64Array;
  /** Per VM: Σ cpu and Σ ramGiB of the containers of its runtimes. */
  readonly containerCpu: Float64Array;
  readonly containerRam: Float64Array;
  /** Sorted by name; a hypervisor's cluster index (-1 for none) in clusterOf. */
  readonly clusters: readonly ClusterInfo[];
  readonly clusterOf: Int32Array;
  /** Number of workloads in Subtree(i). */
  workloadsIn(i: number): number;
  /** Number of hypervisors in Subtree(i). */
  hypervisorsIn(i: number): number;
}

function nonEmpty(value: string | null): boolean {
  return value !== null && value !== '';
}

export function buildPlanIndex(plan: Plan): PlanIndex {
  const nodes = plan.nodes;
  const n = nodes.length;
  const kind = new Uint8Array(n);
  const cpu = new Float64Array(n);
  const ram = new Float64Array(n);
  const ids = new Array<string>(n);
  const parentIds = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const nd = nodes[i] as PlanNode;
    ids[i] = nd.id;
    parentIds[i] = nd.parentId;
    kind[i] = KIND_CODE[nd.kind];
    cpu[i] = cpuOf(nd);
    ram[i] = ramOf(nd);
  }
  const shape = buildShape(ids, parentIds, kind);
  const { parent } = shape;
  const hasHypervisorChild = new Uint8Array(n);
  const hasRuntimeChild = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p < 0) continue;
    if (kind[i] === HYPERVISOR) hasHypervisorChild[p] = 1;
    else if (kind[i] === RUNTIME) hasRuntimeChild[p] = 1;
  }
  const isWorkload = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === CONTAINER || (k === VM && hasRuntimeChild[i] === 0)) isWorkload[i] = 1;
    else if (k === SERVER && hasHypervisorChild[i] === 0 && hasRuntimeChild[i] === 0) {
      isWorkload[i] = bareWorkload(nodes[i] as PlanNode) ? 1 : 0;
    }
  }
  return indexWithFields(plan, shape, { cpu, ram, isWorkload });
}

/** vcpu / cpu / cpuCores of a VM, container or server; 0 for other kinds. */
export function cpuOf(nd: PlanNode): number {
  return nd.kind === 'vm'
    ? nd.vcpu
    : nd.kind === 'container'
      ? nd.cpu
      : nd.kind === 'server'
        ? nd.cpuCores
        : 0;
}

/** ramGiB of a VM, container or server; 0 for other kinds. */
export function ramOf(nd: PlanNode): number {
  return nd.kind === 'vm' || nd.kind === 'container' || nd.kind === 'server' ? nd.ramGiB : 0;
}

/** Whether a server with no hypervisor or runtime on it is a workload: its `workload` is set. */
export function bareWorkload(nd: PlanNode): boolean {
  return nd.kind === 'server' && nonEmpty(nd.workload);
}

/**
 * SPEC §3 workload test for one node, given its children's kinds: what the index computes for every
 * node at once, for a caller that needs a few nodes without building the index.
 */
export function isWorkloadNode(nd: PlanNode, children: readonly Pick<PlanNode, 'kind'>[]): boolean {
  if (nd.kind === 'container') return true;
  if (nd.kind !== 'vm' && nd.kind !== 'server') return false;
  for (const { kind } of children) {
    if (kind === 'runtime' || (nd.kind === 'server' && kind === 'hypervisor')) return false;
  }
  return nd.kind === 'vm' || bareWorkload(nd);
}

/** The per-node figures read from the nodes themselves. */
export interface NodeFigures {
  readonly cpu: Float64Array;
  readonly ram: Float64Array;
  readonly isWorkload: Uint8Array;
}

/** The groups an index derives from its shape and node figures; each may be reused as it is. */
export interface IndexGroups {
  readonly workloads?: { readonly list: Int32Array; readonly before: Int32Array };
  readonly services?: Pick<PlanIndex, ServiceFields>;
  readonly capacity?: Pick<PlanIndex, CapacityFields>;
  readonly clusters?: Pick<PlanIndex, 'clusters' | 'clusterOf'>;
}

/** The index of a plan from its shape and figures, computing each group not given. */
export function indexWithFields(
  plan: Plan,
  shape: PlanShape,
  figures: NodeFigures,
  reuse: IndexGroups = {},
): PlanIndex {
  const nodes = plan.nodes;
  const { cpu, ram, isWorkload } = figures;
  const { kind, indexOf, childStart, childList, tin, tout, sortedById, parent, host } = shape;
  const workloads = reuse.workloads ?? prefixList(shape.order, isWorkload, 1);
  const hypervisorBefore = shape.hypervisorBefore;
  const services = reuse.services ?? buildServices(plan, nodes, indexOf, isWorkload, sortedById);
  const capacity = reuse.capacity ?? buildCapacity(plan, kind, cpu, ram, parent, host);
  const clusters = reuse.clusters ?? buildClusters(nodes, kind, sortedById);
  const node = (i: number): PlanNode => nodes[i] as PlanNode;

  const workloadsIn = (i: number): number =>
    (workloads.before[tout[i] as number] as number) -
    (workloads.before[tin[i] as number] as number);
  const hypervisorsIn = (i: number): number =>
    (hypervisorBefore[tout[i] as number] as number) -
    (hypervisorBefore[tin[i] as number] as number);

  return {
    plan,
    nodes,
    ids: shape.ids,
    kind,
    cpu,
    ram,
    indexOf,
    parent,
    childStart,
    childList,
    order: shape.order,
    tin,
    tout,
    sortedById,
    rank: shape.rank,
    server: shape.server,
    site: shape.site,
    host,
    kernelOwner: shape.kernelOwner,
    insideVm: shape.insideVm,
    isWorkload,
    workloadOrder: workloads.list,
    workloadBefore: workloads.before,
    hypervisorOrder: shape.hypervisorOrder,
    hypervisorBefore,
    // Listed one by one, not spread, and built here alone: a literal's hidden class outlives a
    // full GC (see docs/metrics.md), and a derived index shares the class of a built one.
    serviceOf: services.serviceOf,
    serviceNames: services.serviceNames,
    serviceStart: services.serviceStart,
    serviceWorkloads: services.serviceWorkloads,
    linkFrom: services.linkFrom,
    linkTo: services.linkTo,
    dependsOnStart: services.dependsOnStart,
    dependsOnList: services.dependsOnList,
    dependentsStart: services.dependentsStart,
    dependentsList: services.dependentsList,
    cpuDemand: capacity.cpuDemand,
    ramDemand: capacity.ramDemand,
    freeCpu: capacity.freeCpu,
    freeRam: capacity.freeRam,
    containerCpu: capacity.containerCpu,
    containerRam: capacity.containerRam,
    clusters: clusters.clusters,
    clusterOf: clusters.clusterOf,
    workloadsIn,
    hypervisorsIn,
    getNode(id: string): PlanNode | undefined {
      const i = indexOf.get(id);
      return i === undefined ? undefined : nodes[i];
    },
    childrenOf(id: string): readonly PlanNode[] {
      const i = indexOf.get(id);
      if (i === undefined) return [];
      return Array.from(
        childList.subarray(childStart[i] as number, childStart[i + 1] as number),
        node,
      );
    },
  };
}

type CapacityFields =
  'cpuDemand' | 'ramDemand' | 'freeCpu' | 'freeRam' | 'containerCpu' | 'containerRam';

export function buildCapacity(
  plan: Plan,
  kind: Uint8Array,
  cpu: Float64Array,
  ram: Float64Array,
  parent: Int32Array,
  host: Int32Array,
): Pick<PlanIndex, CapacityFields> {
  const n = kind.length;
  const cpuDemand = new Float64Array(n);
  const ramDemand = new Float64Array(n);
  const containerCpu = new Float64Array(n);
  const containerRam = new Float64Array(n);
  const add = (to: Float64Array, at: number, amount: number): void => {
    to[at] = (to[at] as number) + amount;
  };
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === HYPERVISOR) {
      const s = host[i] as number;
      const nd = plan.nodes[i];
      if (s >= 0 && nd?.kind === 'hypervisor') {
        add(cpuDemand, s, nd.reservedCpuCores);
        add(ramDemand, s, nd.reservedRamGiB);
      }
    } else if (k === VM) {
      const h = host[i] as number;
      const s = h >= 0 ? (host[h] as number) : -1;
      if (s >= 0) {
        add(cpuDemand, s, cpu[i] as number);
        add(ramDemand, s, ram[i] as number);
      }
    } else if (k === CONTAINER) {
      const rt = parent[i] as number;
      const owner = rt >= 0 && kind[rt] === RUNTIME ? (parent[rt] as number) : -1;
      if (owner < 0) continue;
      if (kind[owner] === SERVER) {
        add(cpuDemand, owner, cpu[i] as number);
        add(ramDemand, owner, ram[i] as number);
      } else if (kind[owner] === VM) {
        add(containerCpu, owner, cpu[i] as number);
        add(containerRam, owner, ram[i] as number);
      }
    }
  }
  const freeCpu = new Float64Array(n);
  const freeRam = new Float64Array(n);
  const { cpuOvercommitLimit, ramOvercommitLimit } = plan.settings;
  for (let i = 0; i < n; i++) {
    if (kind[i] !== SERVER) continue;
    freeCpu[i] = (cpu[i] as number) * cpuOvercommitLimit - (cpuDemand[i] as number);
    freeRam[i] = (ram[i] as number) * ramOvercommitLimit - (ramDemand[i] as number);
  }
  return { cpuDemand, ramDemand, freeCpu, freeRam, containerCpu, containerRam };
}

export { CONTAINER, HYPERVISOR, KIND_CODE, RUNTIME, SERVER, SITE, VM } from './kindCode';
export { clusterName } from './planGroups';
export { compareStrings } from './planTree';
