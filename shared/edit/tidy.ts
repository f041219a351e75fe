/** Tidy up: forget the saved positions of top-level nodes, so the layout packs them in rows. */
import type { Plan } from '../model/plan';
import { withPosition } from './position';
import { done, type EditResult } from './result';

export function tidyTopLevel(plan: Plan): EditResult {
  if (!plan.nodes.some((n) => n.parentId === null && n.position)) return done(plan);
  return done({
    ...plan,
    nodes: plan.nodes.map((n) => (n.parentId === null ? withPosition(n, undefined) : n)),
  });
}
