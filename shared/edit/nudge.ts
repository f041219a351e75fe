/**
 * Nudge: the arrow keys move the selected top-level cards a pixel, or a grid step with Shift.
 * Cards inside a host are placed by the layout's grid, so only top-level cards move; the app runs
 * the result through `run`, which moves aside the neighbours a nudged card now overlaps.
 */
import type { Plan } from '../model/plan';
import { layoutPlan } from '../layout/planLayout';
import { moveNodes, type Move } from './moveNodes';
import { planTree, selectionRoots } from './planTree';
import { refused, type EditResult } from './result';

/** A plain arrow key's step, in canvas pixels. */
export const NUDGE_STEP = 1;
/** Shift+arrow's step: the canvas's dot grid (renderer/styles/layout.css, `.canvas--dots`). */
export const NUDGE_GRID = 20;

export function nudgeNodes(plan: Plan, ids: readonly string[], dx: number, dy: number): EditResult {
  const tree = planTree(plan);
  const roots = selectionRoots(tree, ids).filter((id) => tree.byId.get(id)?.parentId === null);
  if (roots.length === 0) {
    return refused(
      ids.length === 0
        ? 'Select a card to nudge.'
        : 'Only top-level cards move with the arrow keys: cards inside a host are placed in its grid.',
    );
  }
  let layout: ReturnType<typeof layoutPlan> | null = null;
  const moves: Move[] = [];
  for (const id of roots) {
    let at = tree.byId.get(id)?.position;
    if (!at) {
      layout ??= layoutPlan(plan);
      at = layout.boxes.get(id);
    }
    if (at) moves.push({ id, parentId: null, position: { x: at.x + dx, y: at.y + dy } });
  }
  return moveNodes(plan, moves);
}
