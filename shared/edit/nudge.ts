/**
 * Nudge: the arrow keys move the selected top-level cards a pixel, or a grid step with Shift.
 * Cards inside a host are placed by the layout's grid, so only top-level cards move. A card moves
 * from where it is drawn: the layout draws overlapping saved places apart (and places cards that
 * have none), so every top-level card's saved place becomes the drawn one in the same edit, and
 * nothing else jumps. The app runs the result through `run`, which moves aside the neighbours a
 * nudged card now overlaps.
 */
import type { Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { layoutPlan } from '../layout/planLayout';
import { moveNodes, type Move } from './moveNodes';
import { planTree, selectionRoots } from './planTree';
import { refused, type EditResult } from './result';

/** A plain arrow key's step, in canvas pixels. */
export const NUDGE_STEP = 1;
/** Shift+arrow's step: the canvas's dot grid (renderer/styles/layout.css, `.canvas--dots`). */
export const NUDGE_GRID = 20;

/**
 * @param drawnAt where the canvas draws each top-level card (its layout, which the canvas has
 *   already computed); by default the plan's layout, computed here
 */
export function nudgeNodes(
  plan: Plan,
  ids: readonly string[],
  dx: number,
  dy: number,
  drawnAt?: (id: string) => Point | undefined,
): EditResult {
  const tree = planTree(plan);
  const nudged = new Set(selectionRoots(tree, ids).filter((id) => tree.byId.get(id)?.parentId === null));
  if (nudged.size === 0) {
    return refused(ids.length === 0 ? 'nothing-to-nudge' : 'nudge-top-level-only');
  }
  const at = drawnAt ?? ((boxes) => (id: string) => boxes.get(id))(layoutPlan(plan).boxes);
  const moves: Move[] = [];
  for (const root of tree.roots) {
    const drawn = at(root.id) ?? root.position;
    if (!drawn) continue;
    if (nudged.has(root.id)) {
      moves.push({ id: root.id, parentId: null, position: { x: drawn.x + dx, y: drawn.y + dy } });
    } else if (root.position?.x !== drawn.x || root.position.y !== drawn.y) {
      moves.push({ id: root.id, parentId: null, position: { x: drawn.x, y: drawn.y } });
    }
  }
  const result = moveNodes(plan, moves);
  // Only the nudged cards count as touched: the neighbours they reach move aside, not them.
  return result.ok ? { ...result, ids: [...nudged] } : result;
}
