import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../shared/load/loadPlan';
import { serializePlan } from '../../shared/load/serialize';
import { simulateFailure, toFailureResult } from '../../shared/metrics/failure';
import { buildReport } from '../../shared/metrics/report';
import { arbitraryPlan } from '../../shared/test-support/arbitraryPlan';
import { validatePlan } from '../../shared/validate/validatePlan';
import { main } from './main';
import { captureIo } from './testIo';
import { arbitraryPlanDocument } from './testPlans';

/**
 * File texts: structurally sensible plans (clusters, HA, sites) saved by the serializer, and the
 * rougher documents of ./testPlans (misplaced nodes, every product and engine, defaults left out).
 */
const planText = fc.oneof(
  arbitraryPlan.map((plan) => serializePlan(plan)),
  arbitraryPlanDocument.map((document) => JSON.stringify(document)),
);

const dir = mkdtempSync(join(tmpdir(), 'strata-cli-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Through JSON, as the command line prints it. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo();
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('the command line and the library agree', () => {
  it('on every figure, every issue and every failure of random plans', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(planText, fc.nat(), async (text, pick) => {
        const file = join(dir, `plan-${(n += 1)}.strata`);
        writeFileSync(file, text);
        const loaded = loadPlan(text);
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;

        const report = await cli(['report', file, '--json']);
        expect(report.code).toBe(0);
        expect(report.stderr).toBe('');
        expect(JSON.parse(report.stdout)).toEqual(viaJson(buildReport(loaded.plan)));

        const issues = validatePlan(loaded.plan);
        const validate = await cli(['validate', file, '--json']);
        expect(validate.code).toBe(issues.some((i) => i.severity === 'error') ? 1 : 0);
        expect(JSON.parse(validate.stdout)).toEqual(viaJson({ issues }));

        const node = loaded.plan.nodes[pick % Math.max(1, loaded.plan.nodes.length)];
        if (node !== undefined) {
          const outcome = simulateFailure(loaded.plan, node.id);
          expect(outcome).not.toBeNull();
          const failure = await cli(['fail', file, node.id, '--json']);
          expect(failure.code).toBe(0);
          if (outcome !== null)
            expect(JSON.parse(failure.stdout)).toEqual(viaJson(toFailureResult(outcome)));
        }

        // The human summary never fails on a plan that loads.
        const summary = await cli(['report', file]);
        expect(summary.code).toBe(0);
        expect(summary.stdout.split('\n')[0]?.replace(/^Plan */, '')).toBe(loaded.plan.name);
      }),
      { numRuns: 80 },
    );
  });
});
