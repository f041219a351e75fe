import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/plan';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { simulateFailure } from './failure';
import {
  indexOfIds,
  packBlast,
  packFailure,
  unpackBlast,
  unpackFailure,
} from './figuresTransfer';
import { buildReport } from './report';

describe('figures as numbers across a worker', () => {
  it('rebuilds every failure and the report exactly, over the receiver’s own nodes', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const at = indexOfIds(plan.nodes);
        const copy = structuredClone(plan);
        const report = buildReport(plan);
        const packed = packBlast(report, at);
        if (!packed) throw new Error('a blast entry names no node');
        expect(packed.report.blastRadius.nodes).toEqual([]);
        const back = unpackBlast(structuredClone(packed.report), packed.blast, copy.nodes);
        expect(back).toEqual(report);
        const { max, nodes } = back.blastRadius;
        if (max !== null) expect(nodes).toContain(max);
        for (const node of plan.nodes) {
          const outcome = simulateFailure(plan, node.id);
          if (!outcome) continue;
          const failure = packFailure(outcome, at, plan.nodes);
          if (!failure) throw new Error(`cannot pack the failure of ${node.id}`);
          expect(unpackFailure(failure, copy.nodes)).toEqual(outcome);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses what it could not rebuild, so the sender sends the objects instead', () => {
    const plan = fc.sample(arbitraryPlan, { numRuns: 1, seed: 2 })[0] as Plan;
    const node = plan.nodes[0];
    if (!node) return;
    const outcome = simulateFailure(plan, node.id);
    if (!outcome) throw new Error('no outcome');
    const renamed = { ...outcome, down: outcome.down.map((r) => ({ ...r, name: `${r.name}!` })) };
    expect(packFailure(renamed, indexOfIds(plan.nodes), plan.nodes)).toBeNull();
    expect(packBlast(buildReport(plan), new Map())).toBeNull();
  });
});
