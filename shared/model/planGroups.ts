/** The grouping passes of buildPlanIndex: services (with their dependency links) and clusters. */
import { HYPERVISOR } from './kindCode';
import type { PlanNode } from './nodes';
import type { Link, Plan } from './plan';
import type { PlanIndex } from './planIndex';
import { compareStrings } from './planTree';

/** A cluster name that counts: the empty string is treated like no cluster. */
export function clusterName(node: PlanNode): string | null {
  return node.kind === 'hypervisor' && node.cluster !== null && node.cluster !== ''
    ? node.cluster
    : null;
}

/** The service a workload belongs to: its `service`, or its own id when that is unset. */
export function serviceName(nd: PlanNode): string {
  const s = nd.kind === 'server' || nd.kind === 'vm' || nd.kind === 'container' ? nd.service : null;
  return s !== null && s !== '' ? s : nd.id;
}

export type ServiceFields =
  | 'serviceOf'
  | 'serviceNames'
  | 'serviceStart'
  | 'serviceWorkloads'
  | 'linkFrom'
  | 'linkTo'
  | 'dependsOnStart'
  | 'dependsOnList'
  | 'dependentsStart'
  | 'dependentsList';

/** Typed arrays in compressed form rather than an array per service: no garbage per service. */
export function buildServices(
  plan: Plan,
  nodes: readonly PlanNode[],
  indexOf: ReadonlyMap<string, number>,
  isWorkload: Uint8Array,
  sortedById: Int32Array,
): Pick<PlanIndex, ServiceFields> {
  const n = nodes.length;
  const byName = new Map<string, number>();
  const serviceNames: string[] = [];
  const serviceOf = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  for (let r = 0; r < n; r++) {
    const i = sortedById[r] as number;
    if (isWorkload[i] !== 1) continue;
    const name = serviceName(nodes[i] as PlanNode);
    let s = byName.get(name);
    if (s === undefined) {
      s = serviceNames.length;
      byName.set(name, s);
      serviceNames.push(name);
      sizes.push(0);
    }
    sizes[s] = (sizes[s] as number) + 1;
    serviceOf[i] = s;
  }
  const count = serviceNames.length;
  const serviceStart = startsFrom(sizes);
  const fill = serviceStart.slice(0, count);
  const serviceWorkloads = new Int32Array(serviceStart[count] as number);
  // Walking in id order leaves each service's workloads sorted by id.
  for (let r = 0; r < n; r++) {
    const i = sortedById[r] as number;
    const s = serviceOf[i] as number;
    if (s < 0) continue;
    serviceWorkloads[fill[s] as number] = i;
    fill[s] = (fill[s] as number) + 1;
  }

  const links = plan.links;
  const linkFrom = new Int32Array(links.length);
  const linkTo = new Int32Array(links.length);
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const seen = new Set<number>();
  for (let l = 0; l < links.length; l++) {
    const link = links[l] as Link;
    const from = indexOf.get(link.from) ?? -1;
    const to = indexOf.get(link.to) ?? -1;
    linkFrom[l] = from;
    linkTo[l] = to;
    const a = from >= 0 ? (serviceOf[from] as number) : -1;
    const b = to >= 0 ? (serviceOf[to] as number) : -1;
    if (a < 0 || b < 0 || a === b || seen.has(a * count + b)) continue;
    seen.add(a * count + b);
    edgeFrom.push(a);
    edgeTo.push(b);
  }
  const forward = compress(count, edgeFrom, edgeTo);
  const reverse = compress(count, edgeTo, edgeFrom);
  return {
    serviceOf,
    serviceNames,
    serviceStart,
    serviceWorkloads,
    linkFrom,
    linkTo,
    dependsOnStart: forward.start,
    dependsOnList: forward.list,
    dependentsStart: reverse.start,
    dependentsList: reverse.list,
  };
}

/** Offsets from sizes: start[s] = Σ sizes before s, with the total at the end. */
function startsFrom(sizes: readonly number[]): Int32Array {
  const start = new Int32Array(sizes.length + 1);
  for (let s = 0; s < sizes.length; s++) start[s + 1] = (start[s] as number) + (sizes[s] as number);
  return start;
}

/** Adjacency lists of `count` vertices from edge pairs, each list in edge order. */
function compress(
  count: number,
  from: readonly number[],
  to: readonly number[],
): { start: Int32Array; list: Int32Array } {
  const sizes = new Array<number>(count).fill(0);
  for (const a of from) sizes[a] = (sizes[a] as number) + 1;
  const start = startsFrom(sizes);
  const fill = start.slice(0, count);
  const list = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const a = from[e] as number;
    list[fill[a] as number] = to[e] as number;
    fill[a] = (fill[a] as number) + 1;
  }
  return { start, list };
}

export function buildClusters(
  nodes: readonly PlanNode[],
  kind: Uint8Array,
  sortedById: Int32Array,
): Pick<PlanIndex, 'clusters' | 'clusterOf'> {
  const byName = new Map<string, number[]>();
  for (const i of sortedById) {
    if (kind[i] !== HYPERVISOR) continue;
    const name = clusterName(nodes[i] as PlanNode);
    if (name === null) continue;
    const list = byName.get(name);
    if (list) list.push(i);
    else byName.set(name, [i]);
  }
  const clusterOf = new Int32Array(nodes.length).fill(-1);
  const clusters = [...byName.keys()].sort(compareStrings).map((name, c) => {
    const hypervisors = byName.get(name) as number[];
    for (const h of hypervisors) clusterOf[h] = c;
    return { name, hypervisors };
  });
  return { clusters, clusterOf };
}
