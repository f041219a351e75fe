import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../load/loadPlan';
import { serializePlan } from '../load/serialize';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { optimize } from './optimize';
import type { OptimizeOptions } from './types';
import { verifyProposal } from './verify';

const arbitraryOptions: fc.Arbitrary<OptimizeOptions> = fc.record({
  scope: fc.constantFrom<OptimizeOptions['scope']>(
    [],
    [],
    [{ kind: 'cluster', name: 'a' }],
    [{ kind: 'site', id: 'site0' }],
    [
      { kind: 'site', id: 'site1' },
      { kind: 'cluster', name: 'b' },
    ],
  ),
  host: fc.record({
    cpuCores: fc.constantFrom(8, 16, 32),
    ramGiB: fc.constantFrom(64, 128, 256),
    product: fc.constantFrom('VMware ESXi', 'KVM'),
    hostOs: fc.constant(null),
    reservedRamGiB: fc.constantFrom(0, 4),
  }),
  ha: fc.constantFrom(0, 1, 1, 2),
  headroom: fc.constantFrom(1, 0.8),
  p2v: fc.boolean(),
  p2vSize: fc.constantFrom(0.25, 0.5),
});

describe('optimize on generated estates', () => {
  it('places every VM once, within the limits, replicas apart, HA ≥ k, hosts ≥ bound', async () => {
    let answered = 0;
    let withHa = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, arbitraryOptions, async (plan, options) => {
        const outcome = await optimize(plan, options);
        if (!outcome.ok) {
          // Only these reasons are allowed here: a scope the plan lacks, nothing to place, or a
          // unit larger than a host.
          expect(outcome.reason).toMatch(
            /no such cluster|no site has this id|holds no VM to place|needs .* a host of the model/,
          );
          return;
        }
        expect(verifyProposal(plan, options, outcome.result)).toEqual([]);
        answered++;
        if (options.ha > 0 && outcome.result.hosts > 1) withHa++;
        const reloaded = loadPlan(JSON.parse(serializePlan(outcome.result.plan)));
        expect(reloaded.ok).toBe(true);
      }),
      { numRuns: Number(process.env.OPTIMIZE_RUNS ?? 150) },
    );
    // The property says something only if a good share of the runs got an answer, many of them
    // with HA. About 45 % are answered on average (the rest are scopes a random plan lacks, or
    // units larger than the host model): the bounds sit well below, so a run's luck never fails it
    // (0.4 failed about one run in seven).
    expect(answered).toBeGreaterThan(0.25 * Number(process.env.OPTIMIZE_RUNS ?? 150));
    expect(withHa).toBeGreaterThan(0.08 * Number(process.env.OPTIMIZE_RUNS ?? 150));
  });
});
