/**
 * The cards a link should go around, pure: on each level between the two ends and the card that
 * holds both (or the canvas), the siblings of the cards holding an end. The cards that hold an
 * end are not obstacles (the link starts inside them). Kept per layout and link, so a route's
 * obstacles are found once per structure.
 */
import type { PlanTree } from '../../shared/edit/planTree';
import { absoluteBox, type PlanLayout, type Rect } from '../../shared/layout/planLayout';

function chain(tree: PlanTree, id: string): string[] {
  const out: string[] = [];
  for (
    let node = tree.getNode(id);
    node;
    node = node.parentId ? tree.getNode(node.parentId) : undefined
  )
    out.push(node.id);
  return out;
}

const cache = new WeakMap<PlanLayout['absolute'], Map<string, readonly Rect[]>>();

export function linkObstacles(
  tree: PlanTree,
  layout: PlanLayout,
  from: string,
  to: string,
): readonly Rect[] {
  let perLayout = cache.get(layout.absolute);
  if (!perLayout) {
    perLayout = new Map();
    cache.set(layout.absolute, perLayout);
  }
  const key = `${from}\u0000${to}`;
  const known = perLayout.get(key);
  if (known) return known;
  const a = chain(tree, from);
  const b = chain(tree, to);
  const bSet = new Set(b);
  const common = a.find((id) => bSet.has(id));
  const below = (ids: string[]) => (common === undefined ? ids : ids.slice(0, ids.indexOf(common)));
  const holding = new Set([...a, ...b]);
  const parents = new Set<string | null>();
  for (const id of [...below(a), ...below(b)]) parents.add(tree.getNode(id)?.parentId ?? null);
  const rects: Rect[] = [];
  for (const parent of parents) {
    const siblings = parent === null ? tree.roots : tree.childrenOf(parent);
    for (const sibling of siblings) {
      if (holding.has(sibling.id)) continue;
      const box = absoluteBox(layout, sibling.id);
      if (box) rects.push(box);
    }
  }
  perLayout.set(key, rects);
  return rects;
}
