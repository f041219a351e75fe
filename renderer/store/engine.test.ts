import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateFailure } from '../../shared/metrics/failure';
import { buildReport } from '../../shared/metrics/report';
import { applyEdit, arbitraryEdit } from '../../shared/test-support/arbitraryEdit';
import { arbitraryPlan } from '../../shared/test-support/arbitraryPlan';
import { createEngine } from './engine';

describe('engine', () => {
  it('after each edit, gives the report and every failure as computed afresh', () => {
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(arbitraryEdit, { minLength: 1, maxLength: 5 }),
        (start, edits) => {
          const { failureFor, indexFor, reportFor } = createEngine();
          let plan = start;
          for (const id of plan.nodes.map((n) => n.id)) failureFor(plan, id);
          reportFor(plan);
          for (const e of edits) {
            plan = applyEdit(plan, e);
            expect(reportFor(plan)).toEqual(buildReport(plan));
            for (const node of plan.nodes)
              expect(failureFor(plan, node.id)).toEqual(simulateFailure(plan, node.id));
            expect(indexFor(plan).plan).toBe(plan);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
