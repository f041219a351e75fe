import { describe, expect, it } from 'vitest';
import { estate, node } from '../test-support/plans';
import { layoutPlan } from './planLayout';
import { packLayout, unpackLayout } from './layoutTransfer';

describe('packLayout / unpackLayout', () => {
  it('carries a layout across a structured clone to the same boxes over the receiver’s nodes', () => {
    const base = estate(3, 5, 4);
    // A loose top-level card and an orphan (its parent is missing) are laid out too.
    const plan = {
      ...base,
      nodes: [...base.nodes, node('server', 'loose', null), node('vm', 'orphan', 'nowhere')],
    };
    const layout = layoutPlan(plan);
    const packed = structuredClone(packLayout(layout, plan.nodes, 7));
    expect(packed.length).toBe(Math.ceil(plan.nodes.length / 7));
    const received = structuredClone(plan.nodes);
    const back = unpackLayout(packed, received);
    expect(back.order.map((n) => n.id)).toEqual(layout.order.map((n) => n.id));
    expect(back.order.every((n) => received.includes(n))).toBe(true);
    expect(back.boxes).toEqual(layout.boxes);
    expect(back.absolute).toEqual(layout.absolute);
  });
});
