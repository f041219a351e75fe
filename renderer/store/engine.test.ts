import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateFailure } from '../../shared/metrics/failure';
import { moveNodes } from '../../shared/edit';
import { buildReport } from '../../shared/metrics/report';
import { applyEdit, arbitraryEdit } from '../../shared/test-support/arbitraryEdit';
import { arbitraryPlan } from '../../shared/test-support/arbitraryPlan';
import { createEngine } from './engine';

describe('engine', () => {
  it("after a worker report is adopted and warmed, derives the next edits' figures exactly", () => {
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (start, drops) => {
          const engine = createEngine();
          engine.adoptReport(start, buildReport(start));
          engine.warm(start);
          let plan = start;
          for (const [a, b] of drops) {
            const vms = plan.nodes.filter((n) => n.kind === 'vm');
            const hosts = plan.nodes.filter((n) => n.kind === 'hypervisor');
            const vm = vms[a % Math.max(1, vms.length)];
            const host = hosts[b % Math.max(1, hosts.length)];
            if (!vm || !host) return;
            const moved = moveNodes(plan, [{ id: vm.id, parentId: host.id }]);
            if (!moved.ok) continue;
            plan = moved.plan;
            expect(engine.reportFor(plan)).toEqual(buildReport(plan));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

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
