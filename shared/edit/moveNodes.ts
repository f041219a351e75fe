/** Move: nodes, each with its whole subtree, to new parents or positions; all or nothing. */
import type { PlanNode, Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { canPlace } from '../rules/placement';
import { planTree } from './planTree';
import { roundPoint, withPosition } from './position';
import { done, refused, refusedBy, type EditResult } from './result';

export interface Move {
  readonly id: string;
  /** The new parent (null: the canvas). */
  readonly parentId: string | null;
  /** The new position; only kept for top-level nodes, whose children the layout places. */
  readonly position?: Point;
}

/** A node that changes parent goes last among its new siblings. */
export function moveNodes(plan: Plan, moves: readonly Move[]): EditResult {
  let nodes = plan.nodes.slice();
  let current: Plan = plan;
  // A drop moves a node or a few: each is found by identity in the plan (positions stay until the
  // end), where a map of every position would cost more than the rest of the edit on a large plan.
  const index = moves.length > 8 ? new Map(nodes.map((n, i) => [n.id, i])) : null;
  const byId = index ? null : planTree(plan).byId;
  const positionOf = (id: string): number | undefined => {
    if (index) return index.get(id);
    const node = byId?.get(id);
    const i = node ? plan.nodes.lastIndexOf(node) : -1;
    return i < 0 ? undefined : i;
  };
  const reparented: PlanNode[] = [];
  let changed = false;
  for (const move of moves) {
    const i = positionOf(move.id);
    const node = i === undefined ? undefined : nodes[i];
    if (i === undefined || !node) return refused('no-node-to-move', { id: move.id });
    const position =
      move.parentId === null && move.position ? roundPoint(move.position) : undefined;
    if (move.parentId === node.parentId) {
      if (!position || (node.position?.x === position.x && node.position.y === position.y))
        continue;
      nodes[i] = withPosition(node, position);
      changed = true;
      continue;
    }
    const answer = canPlace(planTree(current), node.kind, move.parentId, node.id);
    if (!answer.ok) return refusedBy(answer);
    const moved = withPosition({ ...node, parentId: move.parentId }, position);
    nodes[i] = moved;
    reparented.push(moved);
    changed = true;
    current = { ...plan, nodes };
    nodes = nodes.slice();
  }
  if (!changed) return done(plan, []);
  if (reparented.length > 0) {
    const ids = new Set(reparented.map((n) => n.id));
    nodes = [...nodes.filter((n) => !ids.has(n.id)), ...reparented];
  }
  return done(
    { ...plan, nodes },
    moves.map((m) => m.id),
  );
}

export function moveNode(
  plan: Plan,
  id: string,
  parentId: string | null,
  position?: Point,
): EditResult {
  return moveNodes(plan, [position ? { id, parentId, position } : { id, parentId }]);
}
