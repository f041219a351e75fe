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

function serviceName(nd: PlanNode): string {
  const s = nd.kind === 'server' || nd.kind === 'vm' || nd.kind === 'container' ? nd.service : null;
  return s !== null && s !== '' ? s : nd.id;
}

export function buildServices(
  plan: Plan,
  nodes: readonly PlanNode[],
  indexOf: ReadonlyMap<string, number>,
  isWorkload: Uint8Array,
  sortedById: Int32Array,
): Pick<PlanIndex, 'serviceOf' | 'services' | 'linkFrom' | 'linkTo' | 'dependsOn' | 'dependents'> {
  const n = nodes.length;
  const byName = new Map<string, number>();
  const services: { name: string; workloads: number[] }[] = [];
  const serviceOf = new Int32Array(n).fill(-1);
  // Walking in id order leaves each service's workload list sorted by id.
  for (let r = 0; r < n; r++) {
    const i = sortedById[r] as number;
    if (isWorkload[i] !== 1) continue;
    const name = serviceName(nodes[i] as PlanNode);
    let s = byName.get(name);
    if (s === undefined) {
      s = services.length;
      byName.set(name, s);
      services.push({ name, workloads: [] });
    }
    (services[s] as { workloads: number[] }).workloads.push(i);
    serviceOf[i] = s;
  }
  const count = services.length;
  const links = plan.links;
  const linkFrom = new Int32Array(links.length);
  const linkTo = new Int32Array(links.length);
  const dependsOn: number[][] = [];
  const dependents: number[][] = [];
  for (let s = 0; s < count; s++) {
    dependsOn.push([]);
    dependents.push([]);
  }
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
    (dependsOn[a] as number[]).push(b);
    (dependents[b] as number[]).push(a);
  }
  return { serviceOf, services, linkFrom, linkTo, dependsOn, dependents };
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
