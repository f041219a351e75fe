/**
 * Each node's index by its id, kept per nodes array: the loader builds it anyway (to find repeated
 * ids) and hands it on, so that what runs next on the same plan (the worker's layout and figures'
 * transfer) does not build it again: a Map of 100,000 ids is ≈ 0.1 s of CPU in a worker whose heap
 * holds the whole file.
 */
import type { PlanNode } from './nodes';

const known = new WeakMap<readonly PlanNode[], ReadonlyMap<string, number>>();

/** `indexById` is `nodes`' ids to their indexes, each id once (the loader's). */
export function rememberIdIndex(
  nodes: readonly PlanNode[],
  indexById: ReadonlyMap<string, number>,
): void {
  known.set(nodes, indexById);
}

/**
 * id → index in `nodes` (the last node when an id repeats: the map is then smaller than `nodes`).
 * Arrays are never changed in place (plans are immutable), so the map stays true.
 */
export function idIndexOf(nodes: readonly PlanNode[]): ReadonlyMap<string, number> {
  let at = known.get(nodes);
  if (!at) {
    const map = new Map<string, number>();
    for (let i = 0; i < nodes.length; i += 1) map.set((nodes[i] as PlanNode).id, i);
    known.set(nodes, (at = map));
  }
  return at;
}
