/**
 * What a finished node drag does to the plan, pure: top-level nodes keep where they were dropped;
 * nodes dropped on another parent move there with their subtrees (one command, one undo step).
 */
import type { Point } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { moveNodes, refused, type EditResult, type Move } from '../../shared/edit';
import { planTree, selectionRoots } from '../../shared/edit/planTree';
import type { DropTarget } from './dropTarget';

/**
 * @param grabbedId the node under the pointer, whose kind chose the target
 * @param draggedIds every node that moved with it (the selection)
 * @param finalPositions where each dragged node's top-left corner ended, on the canvas
 */
export function commitDrag(
  plan: Plan,
  grabbedId: string,
  draggedIds: readonly string[],
  target: DropTarget,
  finalPositions: ReadonlyMap<string, Point>,
): EditResult {
  if (!target.ok) return target.refusal ?? refused('no-such-parent', { parentId: target.parentId ?? '' });
  const tree = planTree(plan);
  const grabbed = tree.getNode(grabbedId);
  if (!grabbed) return refused('no-such-node', { id: grabbedId });
  const roots = selectionRoots(tree, draggedIds.includes(grabbedId) ? draggedIds : [...draggedIds, grabbedId]);
  const stays = target.parentId === grabbed.parentId;
  const moves: Move[] = [];
  for (const id of roots) {
    const node = tree.getNode(id);
    if (!node) continue;
    const at = finalPositions.get(id);
    if (stays) {
      if (node.parentId === null && at) moves.push({ id, parentId: null, position: at });
      continue;
    }
    moves.push(target.parentId === null && at ? { id, parentId: null, position: at } : { id, parentId: target.parentId });
  }
  if (moves.length === 0) return { ok: true, plan, ids: [] };
  return moveNodes(plan, moves);
}
