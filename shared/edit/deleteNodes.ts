/** Delete: nodes with their subtrees, and every link that touches a removed node. */
import type { Plan } from '../model/plan';
import { planTree, subtreeIds } from './planTree';
import { done, refused, type EditResult } from './result';

/** The result's ids are every node removed, parents before children. */
export function deleteSubtrees(plan: Plan, ids: readonly string[]): EditResult {
  const gone = new Set(subtreeIds(planTree(plan), ids));
  if (gone.size === 0) return refused('nothing-to-delete');
  return done(
    {
      ...plan,
      nodes: plan.nodes.filter((n) => !gone.has(n.id)),
      links: plan.links.filter((l) => !gone.has(l.from) && !gone.has(l.to)),
    },
    [...gone],
  );
}
