import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanTree, planTree, type PlanTree } from '../../shared/edit/planTree';
import { layoutPlan } from '../../shared/layout/planLayout';
import { simulateFailure } from '../../shared/metrics/failure';
import { rankFailures } from '../../shared/metrics/failureRanking';
import { buildReport } from '../../shared/metrics/report';
import type { Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { arbitraryPlan } from '../../shared/test-support/arbitraryPlan';
import { DocumentAssembly, type Assembled } from './documentAssembly';
import {
  postDocument,
  transferablesOf,
  WORST_FAILURES,
  type DocumentSlice,
} from './documentSlices';
import { createEngine } from './engine';
import { preparedFor } from './prepared';

/** Every message as a worker's would arrive: a structured clone, the layout's buffers moved. */
function send(
  document: ScenarioSet,
  slice: number,
): { messages: DocumentSlice[]; result: Assembled } {
  const messages: DocumentSlice[] = [];
  let result: Assembled | null = null;
  const assembly = new DocumentAssembly(
    () => undefined,
    (r) => (result = r),
  );
  postDocument(
    document,
    (m) => {
      const moved = structuredClone(m, { transfer: transferablesOf(m) });
      messages.push(moved);
      assembly.receive(moved);
    },
    { slice },
  );
  if (result === null) throw new Error('no document');
  return { messages, result };
}

function shape(tree: PlanTree) {
  return {
    ids: [...tree.byId.keys()],
    roots: tree.roots.map((n) => n.id),
    children: [...tree.children].map(([id, list]) => [id, list.map((n) => n.id)]),
  };
}

const documentOf = (plans: Plan[], active: number): ScenarioSet => ({
  name: 'Doc',
  scenarios: plans.map((plan, i) => ({ id: `s${i}`, name: `S${i}`, plan })),
  activeScenario: `s${active % plans.length}`,
});

describe('a document sent in slices and assembled on the page', () => {
  it('arrives equal, with the shown plan’s tree, layout and report as the page would build them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryPlan, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        async (plans, active, slice) => {
          const document = documentOf(plans, active);
          const { messages, result } = send(document, slice);
          if (!result.ok) throw new Error(result.message);
          expect(result.document).toEqual(document);
          const shown = result.document.scenarios.find((s) => s.id === document.activeScenario);
          expect(result.plan).toBe(shown?.plan);
          for (const m of messages) {
            if (m.type === 'nodes') expect(m.nodes.length).toBeLessThanOrEqual(slice);
            if (m.type === 'links') expect(m.links.length).toBeLessThanOrEqual(slice);
            if (m.type === 'layout') expect(m.layout.order.length).toBeLessThanOrEqual(slice);
          }
          const types = messages.map((m) => (m.type === 'packedFailure' ? 'failure' : m.type));
          const worst = rankFailures(buildReport(result.plan).blastRadius.nodes, WORST_FAILURES);
          expect(types.slice(types.indexOf('done'))).toEqual([
            'done',
            ...worst.map(() => 'failure'),
            'report',
          ]);
          // The plan's slices come before the layout, which the worker computes after them.
          if (types.includes('layout'))
            expect(types.lastIndexOf('nodes')).toBeLessThan(types.indexOf('layout'));
          // What the page used to compute itself for the plan it shows, from the plan as received.
          const prepared = preparedFor(result.plan);
          expect(prepared?.layout).toEqual(layoutPlan(result.plan));
          // Over the page's own node objects, not copies of them.
          const own = new Set(result.plan.nodes);
          expect(prepared?.layout?.order.every((node) => own.has(node))).toBe(true);
          expect(await prepared?.report).toEqual(buildReport(result.plan));
          // The worst failures, as the engine would simulate them on the page.
          expect([...(prepared?.failures ?? [])]).toEqual(
            worst.map(({ id }) => [id, simulateFailure(result.plan, id)]),
          );
          expect(shape(planTree(result.plan))).toEqual(shape(buildPlanTree(result.plan)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes a report computed already instead of computing it again', async () => {
    const plan = fc.sample(arbitraryPlan, { numRuns: 1, seed: 7 })[0] as Plan;
    const given = { ...buildReport(plan), issues: [] };
    let result: Assembled | null = null;
    const assembly = new DocumentAssembly(
      () => undefined,
      (r) => (result = r),
    );
    postDocument(documentOf([plan], 0), (m) => assembly.receive(structuredClone(m)), {
      report: given,
    });
    expect(result).not.toBeNull();
    expect(await assembly.report).toEqual(given);
  });

  it('sends the report’s blast entries and the failures’ lists as numbers, moved rather than copied', () => {
    const plans = fc.sample(arbitraryPlan, { numRuns: 20, seed: 11 });
    const plan = plans.find((p) => buildReport(p).blastRadius.nodes.length > 0) as Plan;
    const { messages } = send(documentOf([plan], 0), 4);
    const report = messages.find((m) => m.type === 'report');
    expect(report?.type === 'report' && report.report.blastRadius.nodes).toEqual([]);
    expect(report && transferablesOf(report).length).toBe(4);
    const failures = messages.filter((m) => m.type === 'packedFailure' || m.type === 'failure');
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((m) => m.type === 'packedFailure')).toBe(true);
  });

  it('reports progress up to the whole document, the layout’s cards included, never past it', () => {
    const plan = fc.sample(arbitraryPlan, { numRuns: 1, seed: 5 })[0] as Plan;
    const fractions: number[] = [];
    const assembly = new DocumentAssembly(
      (f) => fractions.push(f),
      () => undefined,
    );
    postDocument(documentOf([plan, plan], 1), (m) => assembly.receive(m), { slice: 2 });
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f <= 1)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it('gives the engine the worker’s failures with the report, so the page builds no index for them', async () => {
    const plan = fc.sample(arbitraryPlan, { numRuns: 1, seed: 3 })[0] as Plan;
    const { result } = send(documentOf([plan], 0), 4);
    if (!result.ok) throw new Error(result.message);
    const prepared = preparedFor(result.plan);
    const report = await prepared?.report;
    if (!report || !prepared?.failures) throw new Error('nothing prepared');
    const engine = createEngine();
    engine.adoptReport(result.plan, report, prepared.failures);
    for (const [id, outcome] of prepared.failures) {
      expect(engine.failureFor(result.plan, id)).toBe(outcome);
      expect(outcome).toEqual(simulateFailure(result.plan, id));
    }
  });

  it('says so when the slices end before the head', () => {
    let result: Assembled | null = null;
    const assembly = new DocumentAssembly(
      () => undefined,
      (r) => (result = r),
    );
    assembly.receive({ type: 'done' });
    expect(result).toEqual({ ok: false, message: 'The plan did not arrive whole.' });
  });
});
