/**
 * Keeps top-level cards apart: after an edit that adds, drops, grows or shrinks a card, the cards
 * it now overlaps move aside (their saved positions change in the same plan, so in the same undo
 * step). The cards the edit touched stay where they are. Children never overlap: the layout
 * places them in a grid.
 */
import type { Plan } from '../model/plan';
import { savedTopLevelBoxes } from '../layout/planLayout';
import { sameStructure } from '../layout/sameStructure';
import { separate, type IdBox } from '../layout/separate';
import { planTree } from './planTree';
import { roundPoint, withPosition } from './position';
import type { EditResult } from './result';

/**
 * The plan with overlapping top-level cards moved apart; the same plan when none overlap, or when
 * `before` (the plan the edit started from) had the same tree and places (a field edit).
 */
export function resolveOverlaps(
  plan: Plan,
  touchedIds: readonly string[] = [],
  before?: Plan,
): Plan {
  if (before && sameStructure(before, plan)) return plan;
  const tree = planTree(plan);
  const placed: IdBox[] = [];
  for (const [id, box] of savedTopLevelBoxes(plan)) placed.push({ id, ...box });
  const fixed = new Set<string>();
  for (const id of touchedIds) {
    let node = tree.getNode(id);
    while (node?.parentId) node = tree.getNode(node.parentId);
    if (node) fixed.add(node.id);
  }
  const moved = separate(placed, fixed);
  if (moved.size === 0) return plan;
  return {
    ...plan,
    nodes: plan.nodes.map((n) => {
      const at = moved.get(n.id);
      return at ? withPosition(n, roundPoint(at)) : n;
    }),
  };
}

/** An edit's result with its neighbours moved aside (a refusal passes through). */
export function settled(result: EditResult, before?: Plan): EditResult {
  if (!result.ok) return result;
  const plan = resolveOverlaps(result.plan, result.ids, before);
  return plan === result.plan ? result : { ...result, plan };
}
