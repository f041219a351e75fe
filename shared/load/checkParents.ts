/**
 * Every parentId names a node, and parents form no cycle. Both in O(n): one Map lookup per
 * node, then an iterative walk up the parent chains that visits each node once.
 */
import type { PlanNode } from '../model/nodes';
import { quote } from './issuePlace';
import { loadFailure, type Step } from './loadResult';
import { reason } from './loadReasons';

const UNSEEN = 0;
const ON_PATH = 1;
const DONE = 2;
/** Longest cycle written out in full in a message. */
const MAX_SHOWN = 10;

export function checkParents(
  nodes: readonly PlanNode[],
  indexById: ReadonlyMap<string, number>,
): Step<void> {
  const parentIndex = new Int32Array(nodes.length).fill(-1);
  for (let i = 0; i < nodes.length; i += 1) {
    const parentId = (nodes[i] as PlanNode).parentId;
    if (parentId === null) continue;
    const p = indexById.get(parentId);
    if (p === undefined)
      return loadFailure(`nodes[${i}].parentId`, reason('load.noNodeId', { id: quote(parentId) }));
    parentIndex[i] = p;
  }
  const cycle = findParentCycle(parentIndex);
  if (cycle === null) return { ok: true, value: undefined };
  const first = cycle[0] as number;
  return loadFailure(
    `nodes[${first}].parentId`,
    reason('load.parentCycle', { cycle: describeCycle(nodes, cycle) }),
  );
}

/**
 * A cycle in the parent relation as node indices, starting at its member that comes first in the
 * file and following parents; null when there is none.
 */
export function findParentCycle(parentIndex: Int32Array): number[] | null {
  const state = new Uint8Array(parentIndex.length);
  const path: number[] = [];
  for (let start = 0; start < parentIndex.length; start += 1) {
    if (state[start] !== UNSEEN) continue;
    path.length = 0;
    let j = start;
    while (j !== -1 && state[j] === UNSEEN) {
      state[j] = ON_PATH;
      path.push(j);
      j = parentIndex[j] as number;
    }
    if (j !== -1 && state[j] === ON_PATH) {
      const members = path.slice(path.indexOf(j));
      let lowest = 0;
      for (let k = 1; k < members.length; k += 1)
        if ((members[k] as number) < (members[lowest] as number)) lowest = k;
      return [...members.slice(lowest), ...members.slice(0, lowest)];
    }
    for (const k of path) state[k] = DONE;
  }
  return null;
}

function describeCycle(nodes: readonly PlanNode[], cycle: readonly number[]): string {
  const ids = cycle.map((i) => (nodes[i] as PlanNode).id);
  const first = ids[0] as string;
  if (ids.length <= MAX_SHOWN) return [...ids, first].join(' → ');
  return `${ids.slice(0, MAX_SHOWN - 1).join(' → ')} → … → ${first} (${ids.length} nodes)`;
}
