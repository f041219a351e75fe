import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { copySubtrees, pasteSubtrees } from './clipboard';

describe('paste', () => {
  it('gives every pasted node and link an id no other node or link of the plan has, however often it pastes', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.nat(), fc.integer({ min: 1, max: 3 }), (start, pick, times) => {
        if (start.nodes.length === 0) return;
        const chosen = start.nodes[pick % start.nodes.length];
        const clip = copySubtrees(start, chosen ? [chosen.id] : []);
        if (!clip) return;
        let plan = start;
        for (let i = 0; i < times; i += 1) {
          const result = pasteSubtrees(plan, clip, { parentId: null });
          if (!result.ok) return;
          plan = result.plan;
          const ids = [...plan.nodes.map((n) => n.id), ...plan.links.map((l) => l.id)];
          expect(new Set(ids).size).toBe(ids.length);
          expect(plan.nodes.length).toBe(start.nodes.length + (i + 1) * clip.nodes.length);
        }
      }),
    );
  });
});
