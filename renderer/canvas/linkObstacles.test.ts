import { describe, expect, it } from 'vitest';
import { planTree } from '../../shared/edit/planTree';
import { twoHostPlan } from '../../shared/test-support/plans';
import { absoluteBox, layoutPlan } from '../../shared/layout/planLayout';
import { linkObstacles } from './linkObstacles';

describe('linkObstacles', () => {
  it('are the siblings of the cards holding each end, below the card holding both', () => {
    const p = twoHostPlan();
    const layout = layoutPlan(p);
    const tree = planTree(p);
    // v1 and v3 run on different hosts of one site: the hosts' other VMs (v2) and the other
    // top-level cards are not between them; v2 (beside v1) is.
    const rects = linkObstacles(tree, layout, 'v1', 'v3');
    expect(rects).toContainEqual(absoluteBox(layout, 'v2'));
    for (const holder of ['v1', 'v3', 'h1', 'h2', 's1', 's2'])
      expect(rects).not.toContainEqual(absoluteBox(layout, holder));
    expect(linkObstacles(tree, layout, 'v1', 'v3')).toBe(rects);
  });
});
