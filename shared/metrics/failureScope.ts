/**
 * Which failures an edit can change. When an edit keeps the tree, the workloads, the services and
 * the clusters (the index was derived, and those groups reused), a failure's outcome can differ
 * only through HA restarts, and those read just the VMs' sizes and their targets' free room. So a
 * simulation must run again only where a cluster whose VM changed size, or one with a host whose
 * free room or demand changed, takes part in the restarts.
 */
import { SERVER, VM, type PlanIndex } from '../model/planIndex';
import { derivationOf } from '../model/planIndexDerive';

export interface Touched {
  /**
   * Per node: 1 when its subtree holds a hypervisor of a touched cluster but not every target of
   * that cluster (see coveringAll).
   */
  readonly flags: Uint8Array;
  /** The nodes flagged, children before parents. */
  readonly list: readonly number[];
}

function differs(a: Float64Array, b: Float64Array, i: number): boolean {
  return !Object.is(a[i], b[i]);
}

/**
 * The failures `after` must simulate again: those of nodes whose subtree holds a hypervisor of a
 * cluster the edit touched; every other failure is as before. Null when the edit changed more than
 * sizes and capacity: then every figure is computed afresh.
 */
export function touchedByEdit(before: PlanIndex, after: PlanIndex): Touched | null {
  if (
    after.order !== before.order ||
    after.kind !== before.kind ||
    after.workloadOrder !== before.workloadOrder ||
    after.serviceOf !== before.serviceOf ||
    after.clusters !== before.clusters
  ) {
    return null;
  }
  const n = after.nodes.length;
  // The nodes whose sizes or capacity may differ: those the derivation names, else all of them.
  const derived = derivationOf(after);
  const known = derived?.from === before ? derived : undefined;
  const vms = known ? known.changed : null;
  const servers = known ? known.resized : null;
  const dirty = new Uint8Array(after.clusters.length);
  const markCluster = (h: number): void => {
    const c = after.clusterOf[h] as number;
    if (c >= 0) dirty[c] = 1;
  };
  const vm = (i: number): void => {
    if (
      after.kind[i] !== VM ||
      (!differs(after.ram, before.ram, i) && !differs(after.cpu, before.cpu, i))
    )
      return;
    const h = after.host[i] as number;
    if (h >= 0) markCluster(h);
  };
  const server = (s: number): void => {
    if (after.kind[s] !== SERVER) return;
    if (
      !differs(after.freeRam, before.freeRam, s) &&
      !differs(after.freeCpu, before.freeCpu, s) &&
      !differs(after.ramDemand, before.ramDemand, s)
    )
      return;
    for (let p = after.childStart[s] as number; p < (after.childStart[s + 1] as number); p++) {
      const h = after.childList[p] as number;
      if (after.host[h] === s) markCluster(h);
    }
  };
  if (after.ram !== before.ram || after.cpu !== before.cpu) {
    if (vms) vms.forEach(vm);
    else for (let i = 0; i < n; i++) vm(i);
  }
  if (after.freeRam !== before.freeRam) {
    if (servers) servers.forEach(server);
    else for (let s = 0; s < n; s++) server(s);
  }
  const flags = new Uint8Array(n);
  const list: number[] = [];
  flagClusters(after, dirty, flags, list);
  list.sort((a, b) => (after.tin[b] as number) - (after.tin[a] as number));
  return { flags, list };
}

/**
 * Flags (and lists) the nodes whose failure restarts VMs in a cluster marked in `dirty`: those whose
 * subtree holds one of its hypervisors but not every target of it (see coveringAll).
 */
export function flagClusters(
  after: PlanIndex,
  dirty: Uint8Array,
  flags: Uint8Array,
  list: number[],
): void {
  after.clusters.forEach((cluster, c) => {
    if (dirty[c] !== 1) return;
    const cover = coveringAll(after, cluster.hypervisors);
    if (cover === null) return;
    for (const h of cluster.hypervisors) {
      for (
        let x = h;
        x >= 0 && (cover < 0 || !contains(after, x, cover));
        x = after.parent[x] as number
      ) {
        if (flags[x] === 1) continue;
        flags[x] = 1;
        list.push(x);
      }
    }
  });
}

/** Whether `node` is `inner` or one of its ancestors. */
function contains(ix: PlanIndex, node: number, inner: number): boolean {
  return (
    (ix.tin[node] as number) <= (ix.tin[inner] as number) &&
    (ix.tin[inner] as number) < (ix.tout[node] as number)
  );
}

/**
 * The smallest subtree holding every target of a cluster (its hypervisors on a server): a failure
 * of that node, or of any node holding it, downs the whole cluster, whose VMs are then never
 * restarted whatever their sizes; such failures are not touched by the cluster. -1 when no one
 * node holds them all; null when the cluster has no target (it never restarts anything).
 */
function coveringAll(ix: PlanIndex, hypervisors: readonly number[]): number | null {
  let first = -1;
  let last = -1;
  let cover = -1;
  for (const h of hypervisors) {
    if ((ix.host[h] as number) < 0) continue;
    const t = ix.tin[h] as number;
    if (cover < 0 || t < first) first = t;
    if (cover < 0 || t > last) last = t;
    cover = h;
  }
  if (cover < 0) return null;
  while (cover >= 0 && !((ix.tin[cover] as number) <= first && last < (ix.tout[cover] as number)))
    cover = ix.parent[cover] as number;
  return cover;
}
