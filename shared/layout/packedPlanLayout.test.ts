import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { estate, node } from '../test-support/plans';
import { packLayout } from './layoutTransfer';
import { packedPlanLayout } from './packedPlanLayout';
import { layoutPlan } from './planLayout';

const expected = (plan: Plan, slice: number) => packLayout(layoutPlan(plan), plan.nodes, slice);

/** Plans the loader refuses too: a missing parent, a loop, a repeated id, saved positions. */
const oddities = fc.record({
  orphan: fc.boolean(),
  loop: fc.boolean(),
  repeated: fc.boolean(),
  positions: fc.array(
    fc.tuple(
      fc.nat(20),
      fc.integer({ min: -500, max: 3000 }),
      fc.integer({ min: -500, max: 3000 }),
    ),
    { maxLength: 4 },
  ),
  order: fc.array(fc.nat(), { maxLength: 6 }),
});

function withOddities(
  base: Plan,
  o: typeof oddities extends fc.Arbitrary<infer T> ? T : never,
): Plan {
  const nodes: PlanNode[] = [...base.nodes];
  // Saved positions on some top-level cards (overlapping ones are moved apart) and on children.
  for (const [at, x, y] of o.positions) {
    const i = at % nodes.length;
    nodes[i] = { ...(nodes[i] as PlanNode), position: { x, y } } as PlanNode;
  }
  // Children before their parents, in another order.
  for (const k of o.order) {
    const i = k % nodes.length;
    const [moved] = nodes.splice(i, 1);
    nodes.push(moved as PlanNode);
  }
  if (o.orphan) nodes.push(node('vm', 'orphan', 'nowhere'), node('server', 'loose', null));
  if (o.loop) nodes.push(node('vm', 'loopA', 'loopB'), node('vm', 'loopB', 'loopA'));
  if (o.repeated && nodes[0]) nodes.push({ ...nodes[0] });
  return { ...base, nodes };
}

describe('packedPlanLayout', () => {
  it('equals the layout packed, for any plan and slice', () => {
    fc.assert(
      fc.property(arbitraryPlan, oddities, fc.integer({ min: 1, max: 40 }), (base, o, slice) => {
        const plan = withOddities(base, o);
        expect(packedPlanLayout(plan, slice)).toEqual(expected(plan, slice));
      }),
      { numRuns: 300 },
    );
  });

  it('lays out an estate in one slice and an empty plan as one empty slice', () => {
    const plan = estate(2, 4, 3);
    expect(packedPlanLayout(plan)).toEqual(expected(plan, Infinity));
    const empty = { ...plan, nodes: [], links: [] };
    expect(packedPlanLayout(empty, 5)).toEqual(expected(empty, 5));
    expect(packedPlanLayout(empty, 5)).toHaveLength(1);
  });
});
