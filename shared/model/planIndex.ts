/**
 * Every lookup the metrics and the validator need (SPEC §3), built once per plan in a few linear
 * passes. Nodes are addressed by their position in `plan.nodes`; a depth-first order makes each
 * Subtree(X) the contiguous range `order[tin[X] .. tout[X])`, so "workloads in a subtree" is a
 * difference of prefix sums.
 */
import type { PlanLookup } from '../rules/placement';
import { CONTAINER, HYPERVISOR, KIND_CODE, RUNTIME, SERVER, SITE, VM } from './kindCode';
import { buildClusters, buildServices } from './planGroups';
import { buildChildren, depthFirst, prefixList, sortById } from './planTree';
import type { PlanNode } from './nodes';
import type { Plan } from './plan';

export interface ClusterInfo {
  readonly name: string;
  /** Hypervisor node indices, sorted by id. */
  readonly hypervisors: readonly number[];
}

export interface PlanIndex extends PlanLookup {
  readonly plan: Plan;
  readonly nodes: readonly PlanNode[];
  /** KIND_CODE of each node. */
  readonly kind: Uint8Array;
  /** vcpu / cpu / cpuCores and ramGiB of VMs, containers and servers (0 for other kinds). */
  readonly cpu: Float64Array;
  readonly ram: Float64Array;
  /** Each node's id (a plain array: faster than reading mixed-shape nodes). */
  readonly ids: readonly string[];
  /** id → node index (the first node when an id repeats). */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Parent index; -1 for a top-level node, a parentId naming no node, or a node whose parents loop. */
  readonly parent: Int32Array;
  /** Children of i are `childList[childStart[i] .. childStart[i + 1])`, in plan order. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Depth-first preorder; Subtree(i) = order[tin[i] .. tout[i]). */
  readonly order: Int32Array;
  readonly tin: Int32Array;
  readonly tout: Int32Array;
  /** Node indices sorted by id, and each node's place in that order. */
  readonly sortedById: Int32Array;
  readonly rank: Int32Array;
  /** Physical server: the node itself or its nearest server ancestor; -1 if none. */
  readonly server: Int32Array;
  /** Nearest site ancestor (or the node itself); -1 if none. */
  readonly site: Int32Array;
  /** For a VM: its parent when that is a hypervisor; for a hypervisor: its parent when that is a server. -1 otherwise. */
  readonly host: Int32Array;
  /** For a runtime: its parent (the kernel owner); -1 at the top level. */
  readonly kernelOwner: Int32Array;
  /** 1 when a VM is a strict ancestor. */
  readonly insideVm: Uint8Array;
  readonly isWorkload: Uint8Array;
  /** Workload indices in depth-first order; `workloadBefore[p]` counts those at order positions < p. */
  readonly workloadOrder: Int32Array;
  readonly workloadBefore: Int32Array;
  /** Hypervisor indices in depth-first order, with the same prefix counts. */
  readonly hypervisorOrder: Int32Array;
  readonly hypervisorBefore: Int32Array;
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
  const node = (i: number): PlanNode => nodes[i] as PlanNode;
  const kind = new Uint8Array(n);
  const cpu = new Float64Array(n);
  const ram = new Float64Array(n);
  const ids = new Array<string>(n);
  const parentIds = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const nd = node(i);
    ids[i] = nd.id;
    parentIds[i] = nd.parentId;
    kind[i] = KIND_CODE[nd.kind];
    if (nd.kind === 'vm') {
      cpu[i] = nd.vcpu;
      ram[i] = nd.ramGiB;
    } else if (nd.kind === 'container') {
      cpu[i] = nd.cpu;
      ram[i] = nd.ramGiB;
    } else if (nd.kind === 'server') {
      cpu[i] = nd.cpuCores;
      ram[i] = nd.ramGiB;
    }
  }
  // Filled backwards so that the first of repeated ids wins without a second lookup.
  const indexOf = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) indexOf.set(ids[i] as string, i);
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const pid = parentIds[i];
    const p = pid === null || pid === undefined ? undefined : indexOf.get(pid);
    if (p !== undefined && p !== i) parent[i] = p;
  }
  const { childStart, childList } = buildChildren(parent);
  const { order, tin, tout } = depthFirst(parent, childStart, childList);
  const sortedById = sortById(ids, indexOf);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[sortedById[r] as number] = r;

  const server = new Int32Array(n).fill(-1);
  const site = new Int32Array(n).fill(-1);
  const host = new Int32Array(n).fill(-1);
  const kernelOwner = new Int32Array(n).fill(-1);
  const insideVm = new Uint8Array(n);
  const isWorkload = new Uint8Array(n);
  const hasHypervisorChild = new Uint8Array(n);
  const hasRuntimeChild = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p < 0) continue;
    if (kind[i] === HYPERVISOR) hasHypervisorChild[p] = 1;
    else if (kind[i] === RUNTIME) hasRuntimeChild[p] = 1;
  }
  // Preorder: a parent's fields are final before its children are visited.
  for (let pos = 0; pos < n; pos++) {
    const i = order[pos] as number;
    const p = parent[i] as number;
    const k = kind[i] as number;
    const pk = p >= 0 ? (kind[p] as number) : -1;
    server[i] = k === SERVER ? i : p >= 0 ? (server[p] as number) : -1;
    site[i] = k === SITE ? i : p >= 0 ? (site[p] as number) : -1;
    insideVm[i] = p >= 0 && (pk === VM || insideVm[p] === 1) ? 1 : 0;
    if ((k === VM && pk === HYPERVISOR) || (k === HYPERVISOR && pk === SERVER)) host[i] = p;
    if (k === RUNTIME) kernelOwner[i] = p;
    if (k === CONTAINER || (k === VM && hasRuntimeChild[i] === 0)) isWorkload[i] = 1;
    else if (k === SERVER && hasHypervisorChild[i] === 0 && hasRuntimeChild[i] === 0) {
      const nd = node(i);
      if (nd.kind === 'server' && nonEmpty(nd.workload)) isWorkload[i] = 1;
    }
  }
  const workloads = prefixList(order, (i) => isWorkload[i] === 1);
  const hypervisors = prefixList(order, (i) => kind[i] === HYPERVISOR);

  const services = buildServices(plan, nodes, indexOf, isWorkload, sortedById);
  const capacity = buildCapacity(plan, kind, cpu, ram, parent, host);
  const clusters = buildClusters(nodes, kind, sortedById);

  const workloadsIn = (i: number): number =>
    (workloads.before[tout[i] as number] as number) -
    (workloads.before[tin[i] as number] as number);
  const hypervisorsIn = (i: number): number =>
    (hypervisors.before[tout[i] as number] as number) -
    (hypervisors.before[tin[i] as number] as number);

  return {
    plan,
    nodes,
    ids,
    kind,
    cpu,
    ram,
    indexOf,
    parent,
    childStart,
    childList,
    order,
    tin,
    tout,
    sortedById,
    rank,
    server,
    site,
    host,
    kernelOwner,
    insideVm,
    isWorkload,
    workloadOrder: workloads.list,
    workloadBefore: workloads.before,
    hypervisorOrder: hypervisors.list,
    hypervisorBefore: hypervisors.before,
    // Listed one by one, not spread: a literal's hidden class outlives a full GC (see docs/metrics.md).
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

function buildCapacity(
  plan: Plan,
  kind: Uint8Array,
  cpu: Float64Array,
  ram: Float64Array,
  parent: Int32Array,
  host: Int32Array,
): Pick<
  PlanIndex,
  'cpuDemand' | 'ramDemand' | 'freeCpu' | 'freeRam' | 'containerCpu' | 'containerRam'
> {
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
