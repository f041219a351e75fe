import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPlan } from '../layout/planLayout';
import { loadPlan } from '../load/loadPlan';
import { serializePlan } from '../load/serialize';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { twoHostPlan } from '../test-support/plans';
import { planTree, subtreeIds } from './planTree';
import { subPlan } from './subPlan';

describe('subPlan', () => {
  it('keeps the selected subtrees and the links inside them, roots top-level where they were', () => {
    const plan = { ...twoHostPlan(), view: { x: 5, y: 6, zoom: 2 } };
    const layout = layoutPlan(plan);
    const sub = subPlan(plan, ['h1', 'v1', 's2'], layout.absolute);
    expect(sub).not.toBeNull();
    if (!sub) return;
    expect(new Set(sub.nodes.map((n) => n.id))).toEqual(
      new Set(['h1', 'v1', 'r1', 'c1', 'v2', 's2', 'h2', 'v3']),
    );
    // v2 → v3: both ends inside.
    expect(sub.links).toEqual([{ id: 'l1', from: 'v2', to: 'v3' }]);
    const h1 = sub.nodes.find((n) => n.id === 'h1');
    expect(h1?.parentId).toBeNull();
    expect(h1?.position).toEqual(layout.absolute.get('h1'));
    expect(sub.view).toBeUndefined();
    expect(sub.name).toBe(plan.name);
  });

  it('drops a link that leaves the selection', () => {
    const plan = twoHostPlan();
    const sub = subPlan(plan, ['v2'], layoutPlan(plan).absolute);
    expect(sub?.nodes.map((n) => n.id)).toEqual(['v2']);
    expect(sub?.links).toEqual([]);
  });

  it('is null for an empty or unknown selection', () => {
    const plan = twoHostPlan();
    expect(subPlan(plan, [], new Map())).toBeNull();
    expect(subPlan(plan, ['nope'], new Map())).toBeNull();
  });

  it('is always a plan the loader accepts, holding exactly the selected subtrees', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.array(fc.nat(), { maxLength: 4 }), (plan, picks) => {
        if (plan.nodes.length === 0) return;
        const ids = picks.map((p) => plan.nodes[p % plan.nodes.length]?.id ?? '');
        const sub = subPlan(plan, ids, layoutPlan(plan).absolute);
        if (!sub) return;
        const loaded = loadPlan(serializePlan(sub));
        expect(loaded.ok).toBe(true);
        const expected = new Set(subtreeIds(planTree(plan), ids));
        expect(new Set(sub.nodes.map((n) => n.id))).toEqual(expected);
        for (const l of sub.links) expect(expected.has(l.from) && expected.has(l.to)).toBe(true);
      }),
    );
  });
});
