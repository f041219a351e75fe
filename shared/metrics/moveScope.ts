/**
 * Which failures a move of VMs can change (a drop on another host, its undo). A move changes the
 * tree, so the index is built afresh and its positions shift (a moved node goes last in the plan),
 * but when the edit only gave VMs other parents (and moved cards on the canvas: those the drop
 * pushed aside; no figure reads a position), every workload, service, cluster and size is as
 * before, and a failure can differ only when:
 * - its subtree holds a moved VM, where it was or where it is (its lost workloads); or
 * - it restarts VMs in a cluster the move touched: the clusters of the VM's old and new host and of
 *   every hypervisor on their servers, whose free room changed (see flagClusters).
 * Every other failure is the one before, at the node with the same id.
 */
import { CONTAINER, HYPERVISOR, type PlanIndex } from '../model/planIndex';
import { vmMoveMapping } from '../model/planIndexMove';
import type { BlastCounts } from './failureEngine';
import { flagClusters, type Touched } from './failureScope';

export interface MoveScope {
  /** The failures to simulate again, in `after`'s positions. */
  readonly touched: Touched;
  /** Per node of `after`: its position in `before`. */
  readonly from: Int32Array;
  /** Per node of `before`: its position in `after`. */
  readonly to: Int32Array;
  /** The moved VMs, in `after`'s positions. */
  readonly moved: readonly number[];
}

/**
 * The failures `after` must simulate again when it differs from `before` by VMs given other
 * parents (or moved on the canvas) and nothing else: the same ids (each once), the same node
 * objects otherwise, the same links and settings (see vmMoveMapping). Null for any other edit.
 */
export function touchedByMove(before: PlanIndex, after: PlanIndex): MoveScope | null {
  const n = after.nodes.length;
  if (
    before.plan.settings !== after.plan.settings ||
    before.clusters.length !== after.clusters.length
  )
    return null;
  const mapping = vmMoveMapping(before, after.plan);
  if (!mapping) return null;
  const { from, to, moved } = mapping;

  const flags = new Uint8Array(n);
  const list: number[] = [];
  const flag = (x: number): void => {
    if (x < 0 || flags[x] === 1) return;
    flags[x] = 1;
    list.push(x);
  };
  const dirty = new Uint8Array(after.clusters.length);
  const markCluster = (h: number): void => {
    const c = after.clusterOf[h] as number;
    if (c >= 0) dirty[c] = 1;
  };
  // The clusters of a host and of every hypervisor on its server (their targets' free room).
  const markHost = (h: number): void => {
    if (h < 0) return;
    markCluster(h);
    const s = after.host[h] as number;
    if (s < 0) return;
    for (let p = after.childStart[s] as number; p < (after.childStart[s + 1] as number); p++) {
      const c = after.childList[p] as number;
      if (after.kind[c] === HYPERVISOR && after.host[c] === s) markCluster(c);
    }
  };
  for (const v of moved) {
    for (let p = after.tin[v] as number; p < (after.tout[v] as number); p++)
      flag(after.order[p] as number);
    for (let x = after.parent[v] as number; x >= 0; x = after.parent[x] as number) flag(x);
    const was = from[v] as number;
    for (let x = before.parent[was] as number; x >= 0; x = before.parent[x] as number)
      flag(to[x] as number);
    markHost(after.host[v] as number);
    const oldHost = before.host[was] as number;
    markHost(oldHost >= 0 ? (to[oldHost] as number) : -1);
  }
  flagClusters(after, dirty, flags, list);
  // A touched cluster's own HA test runs again too (its VMs changed): flag the units it fails.
  after.clusters.forEach((cluster, c) => {
    if (dirty[c] !== 1) return;
    for (const h of cluster.hypervisors) {
      const s = after.host[h] as number;
      flag(s >= 0 ? s : h);
    }
  });
  list.sort((a, b) => (after.tin[b] as number) - (after.tin[a] as number));
  return { touched: { flags, list }, from, to, moved };
}

/** The counts of `before`'s failures at `after`'s positions (`from` as in MoveScope). */
export function countsAt(counts: BlastCounts, from: Int32Array): BlastCounts {
  const n = from.length;
  const lost = new Int32Array(n);
  const recovered = new Int32Array(n);
  const servicesDown = new Int32Array(n);
  const [lost0, recovered0, down0] = [counts.lost, counts.recovered, counts.servicesDown];
  for (let i = 0; i < n; i++) {
    const j = from[i] as number;
    lost[i] = lost0[j] as number;
    recovered[i] = recovered0[j] as number;
    servicesDown[i] = down0[j] as number;
  }
  return { lost, recovered, servicesDown };
}

/** Where a move took its VMs from and to, in `after`'s positions: what the sections look at again. */
export interface MoveEnds {
  /** The old and new hypervisors of the moved VMs. */
  readonly hosts: readonly number[];
  /** Their servers: the only ones whose demand changed. */
  readonly servers: readonly number[];
  /** Whether a moved VM carries a container (a runtime inside it). */
  readonly containers: boolean;
}

export function moveEnds(before: PlanIndex, after: PlanIndex, scope: MoveScope): MoveEnds {
  const hosts = new Set<number>();
  const servers = new Set<number>();
  let containers = false;
  const add = (h: number): void => {
    if (h < 0) return;
    hosts.add(h);
    const s = after.host[h] as number;
    if (s >= 0) servers.add(s);
  };
  for (const v of scope.moved) {
    add(after.host[v] as number);
    const old = before.host[scope.from[v] as number] as number;
    add(old >= 0 ? (scope.to[old] as number) : -1);
    for (let p = after.tin[v] as number; p < (after.tout[v] as number); p++)
      if (after.kind[after.order[p] as number] === CONTAINER) containers = true;
  }
  return { hosts: [...hosts], servers: [...servers], containers };
}
