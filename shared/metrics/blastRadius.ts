/**
 * SPEC §6.3 for every node that is not a container. Nodes are visited children first; a node
 * whose child holds the same workloads and the same hypervisors (a server and its only
 * hypervisor, a VM and its only runtime) fails identically, so it takes the child's counts.
 */
import { CONTAINER, HYPERVISOR, SERVER, SITE, type PlanIndex } from '../model/planIndex';
import type { BlastCounts, FailureEngine } from './failureEngine';
import type { Touched } from './failureScope';
import type { SingleFailureDomain } from './singleFailureDomain';
import { rankAfter } from './failureRanking';
import { placeById } from './sortedById';
import type { BlastEntry, BlastRadius } from './types';

export function computeBlastRadius(
  ix: PlanIndex,
  engine: FailureEngine,
  domains: readonly SingleFailureDomain[],
): BlastRadius {
  return blastRadiusOf(ix, blastCounts(ix, engine), domains);
}

/**
 * For an index derived from the one `previous` belongs to by an edit of sizes or capacity: only the
 * `touched` nodes fail differently (see failureScope.ts); every other count is as before.
 */
export interface BlastReuse {
  readonly previous: BlastCounts;
  readonly touched: Touched;
}

/** The counts of every node's failure (0 for containers, which are not simulated). */
export function blastCounts(
  ix: PlanIndex,
  engine: FailureEngine,
  reuse: BlastReuse | null = null,
): BlastCounts {
  if (reuse) {
    const counts = {
      lost: reuse.previous.lost.slice(),
      recovered: reuse.previous.recovered.slice(),
      servicesDown: reuse.previous.servicesDown.slice(),
    };
    for (const x of reuse.touched.list) countNode(ix, engine, counts, x);
    return counts;
  }
  const n = ix.nodes.length;
  const counts = {
    lost: new Int32Array(n),
    recovered: new Int32Array(n),
    servicesDown: new Int32Array(n),
  };
  for (let pos = n - 1; pos >= 0; pos--) countNode(ix, engine, counts, ix.order[pos] as number);
  return counts;
}

/** Node x's counts; those of its children must be final. */
function countNode(ix: PlanIndex, engine: FailureEngine, counts: BlastCounts, x: number): void {
  if (ix.kind[x] === CONTAINER) return;
  const twin = sameFailureChild(ix, x);
  if (twin < 0) {
    engine.countInto(x, counts);
    return;
  }
  counts.lost[x] = counts.lost[twin] as number;
  counts.recovered[x] = counts.recovered[twin] as number;
  counts.servicesDown[x] = counts.servicesDown[twin] as number;
}

/** Each node's place among the entries (the nodes other than containers, in id order). */
const entryPlaces = new WeakMap<Int32Array, Int32Array>();

function entryPlace(ix: PlanIndex): Int32Array {
  let place = entryPlaces.get(ix.sortedById);
  if (!place) {
    place = new Int32Array(ix.nodes.length).fill(-1);
    let at = 0;
    for (let r = 0; r < ix.sortedById.length; r++) {
      const i = ix.sortedById[r] as number;
      if (ix.kind[i] !== CONTAINER) place[i] = at++;
    }
    entryPlaces.set(ix.sortedById, place);
  }
  return place;
}

function entryOf(
  ix: PlanIndex,
  counts: BlastCounts,
  i: number,
  old: BlastEntry | undefined,
): BlastEntry {
  const lost = counts.lost[i] as number;
  const recovered = counts.recovered[i] as number;
  const servicesDown = counts.servicesDown[i] as number;
  if (old && old.lost === lost && old.recovered === recovered && old.servicesDown === servicesDown)
    return old;
  return { id: ix.ids[i] as string, lost, recovered, servicesDown };
}

/**
 * The report's section from the counts. With the entries of the report before an edit of sizes or
 * a move (and its maximum), only the `touched` nodes' entries are looked at again (an unchanged
 * entry keeps its object), and so is the maximum; the ranking of the worst failures is derived too
 * (failureRanking.ts).
 */
export function blastRadiusOf(
  ix: PlanIndex,
  counts: BlastCounts,
  domains: readonly SingleFailureDomain[],
  previous: {
    readonly entries: readonly BlastEntry[];
    readonly max: BlastEntry | null;
    readonly touched: Touched;
  } | null = null,
): BlastRadius {
  let nodes: BlastEntry[];
  let max: BlastEntry | null = null;
  if (previous) {
    nodes = previous.entries.slice();
    // Repeated ids (an invalid plan) need each node's own place; distinct ones are searched.
    const place = ix.indexOf.size === ix.nodes.length ? null : entryPlace(ix);
    const changed: BlastEntry[] = [];
    for (const x of previous.touched.list) {
      if (ix.kind[x] === CONTAINER) continue;
      const at = place ? (place[x] as number) : placeById(nodes, ix.ids[x] as string);
      if (at < 0) continue;
      const old = nodes[at];
      const entry = entryOf(ix, counts, x, old);
      if (entry === old) continue;
      nodes[at] = entry;
      changed.push(entry);
    }
    if (!place) {
      rankAfter(previous.entries, nodes, changed);
      max = maxAfter(previous.max, changed);
    }
  } else {
    nodes = [];
    for (let r = 0; r < ix.sortedById.length; r++) {
      const i = ix.sortedById[r] as number;
      if (ix.kind[i] !== CONTAINER) nodes.push(entryOf(ix, counts, i, undefined));
    }
  }
  // In id order, a strict > keeps the smallest id among ties.
  if (max === null) for (const entry of nodes) if (max === null || entry.lost > max.lost) max = entry;
  return {
    nodes,
    max,
    singleFailureDomainServices: domains.map((d) => ix.serviceNames[d.service] as string),
  };
}

/**
 * The maximum after `changed` entries replaced theirs (ids distinct), when the one before is still
 * there: every other entry loses no more than it, and on a tie has a larger id. Null otherwise.
 */
function maxAfter(before: BlastEntry | null, changed: readonly BlastEntry[]): BlastEntry | null {
  if (before === null || changed.some((e) => e.id === before.id)) return null;
  let max = before;
  for (const e of changed) if (e.lost > max.lost || (e.lost === max.lost && e.id < max.id)) max = e;
  return max;
}

const usesHa = (k: number): boolean => k === SITE || k === SERVER || k === HYPERVISOR;

/** Children are counted before their parent, so every child but a container has its counts. */
function sameFailureChild(ix: PlanIndex, x: number): number {
  const wl = ix.workloadsIn(x);
  const hv = ix.hypervisorsIn(x);
  const haX = usesHa(ix.kind[x] as number);
  for (let p = ix.childStart[x] as number; p < (ix.childStart[x + 1] as number); p++) {
    const c = ix.childList[p] as number;
    if (ix.kind[c] === CONTAINER || ix.workloadsIn(c) !== wl || ix.hypervisorsIn(c) !== hv)
      continue;
    if (hv === 0 || usesHa(ix.kind[c] as number) === haX) return c;
  }
  return -1;
}
