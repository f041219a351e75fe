/** Top-level positions as edits store them: whole pixels, and absent rather than undefined. */
import type { PlanNode, Point } from '../model/nodes';

export function roundPoint(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

export function withPosition(node: PlanNode, position: Point | undefined): PlanNode {
  if (position) return { ...node, position };
  if (node.position === undefined) return node;
  const { position: _dropped, ...rest } = node;
  return rest as PlanNode;
}
