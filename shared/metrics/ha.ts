/**
 * High availability per cluster (SPEC §6.4): how many of its hosts can fail together with every
 * VM of theirs restarted on the others, testing k = 1, 2, … and stopping at the first failure.
 */
import type { PlanIndex } from '../model/planIndex';
import type { FailureEngine } from './failureEngine';
import type { Touched } from './failureScope';
import type { ClusterHa, Ha } from './types';

export interface HaAnalysis extends Ha {
  /** toleratesHostFailures by cluster index (the index order of `ix.clusters`). */
  readonly tolerates: Int32Array;
}

/**
 * For an index derived by an edit of sizes or capacity from the one `previous` was computed on: a
 * cluster keeps its result unless a host its test fails holds a `touched` hypervisor (see
 * failureScope.ts).
 */
export interface HaReuse {
  readonly previous: HaAnalysis;
  readonly touched: Touched;
}

export function analyseHa(
  ix: PlanIndex,
  engine: FailureEngine,
  reuse: HaReuse | null = null,
): HaAnalysis {
  const tolerates = new Int32Array(ix.clusters.length);
  const clusters: ClusterHa[] = ix.clusters.map((cluster, c) => {
    const kept =
      reuse && !failsTouched(ix, cluster.hypervisors, reuse.touched.flags)
        ? reuse.previous.clusters[c]
        : undefined;
    if (kept) {
      tolerates[c] = reuse?.previous.tolerates[c] as number;
      return kept;
    }
    let vms = 0;
    for (const h of cluster.hypervisors) vms += engine.vmsOf(h).length;
    const k = toleratedFailures(ix, engine, cluster.hypervisors);
    tolerates[c] = k;
    return { name: cluster.name, hosts: cluster.hypervisors.length, vms, toleratesHostFailures: k };
  });
  return { clusters, tolerates };
}

/** Whether the HA test of these hypervisors fails a touched host (or hypervisor on no host). */
function failsTouched(ix: PlanIndex, hypervisors: readonly number[], touched: Uint8Array): boolean {
  for (const h of hypervisors) {
    const unit = (ix.host[h] as number) >= 0 ? (ix.host[h] as number) : h;
    if (touched[unit] === 1) return true;
  }
  return false;
}

function toleratedFailures(
  ix: PlanIndex,
  engine: FailureEngine,
  hypervisors: readonly number[],
): number {
  if (hypervisors.length < 2) return 0;
  const demand = (h: number): number => {
    const s = ix.host[h] as number;
    return s >= 0 ? (ix.ramDemand[s] as number) : 0;
  };
  const byDemand = [...hypervisors].sort(
    (a, b) => demand(b) - demand(a) || (ix.rank[a] as number) - (ix.rank[b] as number),
  );
  let roots: number[] = [];
  // The hypervisors failed so far: a set the size of the cluster, not of the plan.
  const mine = new Set<number>();
  let needed = 0;
  // The candidates of the test so far, kept in placement order as hosts are added.
  let ordered: number[] = [];
  for (let k = 1; k < byDemand.length; k++) {
    const h = byDemand[k - 1] as number;
    // The server fails; a hypervisor on no server (misplaced) fails alone.
    const unit = (ix.host[h] as number) >= 0 ? (ix.host[h] as number) : h;
    if (!roots.some((r) => inside(ix, unit, r))) {
      if (roots.some((r) => inside(ix, r, unit))) {
        // Only in a misplaced plan does a new unit hold an earlier one: start over.
        roots = roots.filter((r) => !inside(ix, r, unit));
        roots.push(unit);
        ordered = candidatesOf(ix, engine, roots);
      } else {
        roots.push(unit);
        ordered = merge(ordered, candidatesOf(ix, engine, [unit]), engine.placementOrder);
      }
    }
    mine.add(h);
    needed += engine.vmsOf(h).length;
    let placed = 0;
    const count = engine.restart(roots, ordered);
    for (let i = 0; i < count; i++) {
      if (mine.has(ix.host[engine.placer.placedVm[i] as number] as number)) placed++;
    }
    if (placed < needed) return k - 1;
  }
  return byDemand.length - 1;
}

/** Whether x lies in Subtree(root). */
function inside(ix: PlanIndex, x: number, root: number): boolean {
  return (
    (ix.tin[root] as number) <= (ix.tin[x] as number) &&
    (ix.tin[x] as number) < (ix.tout[root] as number)
  );
}

/** The VMs of every clustered hypervisor under the roots, merged in placement order. */
function candidatesOf(ix: PlanIndex, engine: FailureEngine, roots: readonly number[]): number[] {
  let out: number[] = [];
  for (const r of roots) {
    const from = ix.hypervisorBefore[ix.tin[r] as number] as number;
    const to = ix.hypervisorBefore[ix.tout[r] as number] as number;
    for (let p = from; p < to; p++) {
      const h = ix.hypervisorOrder[p] as number;
      if ((ix.clusterOf[h] as number) >= 0)
        out = merge(out, engine.vmsOf(h), engine.placementOrder);
    }
  }
  return out;
}

function merge(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  order: (x: number, y: number) => number,
): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) {
    out[o++] = order(a[i] as number, b[j] as number) <= 0 ? (a[i++] as number) : (b[j++] as number);
  }
  while (i < a.length) out[o++] = a[i++] as number;
  while (j < b.length) out[o++] = b[j++] as number;
  return out;
}
