import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureEngine } from './failureEngine';
import { simulateFailure, simulateFailureIn } from './failure';
import { buildPlanIndex } from '../model/planIndex';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { referenceModel } from '../test-support/referenceFailure';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';

describe('HA restart placement (SPEC §6.3 step 2)', () => {
  /*
   * sA fails. Targets (CPU limit 4): hB on sB 40 GiB / 16 CPU, hC on sC 40 GiB / 16 CPU,
   * hD on sD 100 GiB but 1 core → 4 CPU. Candidates by RAM desc, then id: x3 (16), y (8, 8 vCPU),
   * x1 (8), x2 (8), big (4, 20 vCPU).
   *   x3 (16 GiB, 1 vCPU): most free RAM is hD (100) → hD 84 / 3.
   *   y  (8 GiB, 8 vCPU):  hD has the most RAM but 3 CPU < 8; hB and hC tie at 40 → hB (smaller id) → 32 / 8.
   *   x1 (8, 1):           hD (84) → 76 / 2.
   *   x2 (8, 1):           hD (76) → 68 / 1.
   *   big (4, 20):         no target has 20 CPU → stays lost.
   */
  const p = plan([
    server('sA', null, { cpuCores: 64, ramGiB: 512 }),
    hypervisor('hA', 'sA', { cluster: 'c' }),
    vm('x1', 'hA', { ramGiB: 8, vcpu: 1 }),
    vm('x2', 'hA', { ramGiB: 8, vcpu: 1 }),
    vm('x3', 'hA', { ramGiB: 16, vcpu: 1 }),
    vm('y', 'hA', { ramGiB: 8, vcpu: 8 }),
    vm('big', 'hA', { ramGiB: 4, vcpu: 20 }),
    server('sC', null, { cpuCores: 4, ramGiB: 40 }),
    hypervisor('hC', 'sC', { cluster: 'c' }),
    server('sB', null, { cpuCores: 4, ramGiB: 40 }),
    hypervisor('hB', 'sB', { cluster: 'c' }),
    server('sD', null, { cpuCores: 1, ramGiB: 100 }),
    hypervisor('hD', 'sD', { cluster: 'c' }),
    server('sX', null, { cpuCores: 64, ramGiB: 1000 }),
    hypervisor('hX', 'sX', { cluster: 'other' }),
  ]);

  it.each([undefined, 0])(
    'orders candidates and breaks ties as the spec says, honouring CPU (scan limit %s)',
    (limit) => {
      const ix = buildPlanIndex(p);
      const out = simulateFailureIn(ix, 'sA', new FailureEngine(ix, limit))!;
      expect(out.restarts).toEqual([
        { vmId: 'x1', hypervisorId: 'hD' },
        { vmId: 'x2', hypervisorId: 'hD' },
        { vmId: 'x3', hypervisorId: 'hD' },
        { vmId: 'y', hypervisorId: 'hB' },
      ]);
      expect(out.lostWorkloads.map((w) => w.id)).toEqual(['big']);
    },
  );

  it('never uses a hypervisor of another cluster', () => {
    const out = simulateFailure(p, 'sA')!;
    expect(out.restarts.some((r) => r.hypervisorId === 'hX')).toBe(false);
  });

  it('matches a naive reading of the spec on random plans', () => {
    fc.assert(
      fc.property(arbitraryPlan, (randomPlan) => {
        const ref = referenceModel(randomPlan);
        const ix = buildPlanIndex(randomPlan);
        // Once with the linear scan of small clusters, once forcing the sorted list and heap.
        for (const engine of [new FailureEngine(ix), new FailureEngine(ix, 0)])
          for (const node of randomPlan.nodes) {
            const got = simulateFailureIn(ix, node.id, engine)!;
            const want = ref.fail(node.id);
            expect(got.down.map((d) => d.id)).toEqual(want.down);
            expect(got.lostWorkloads.map((d) => d.id)).toEqual(want.lost);
            expect(got.recoveredWorkloads.map((d) => d.id)).toEqual(want.recovered);
            expect(got.servicesDown).toEqual(want.servicesDown);
            expect(got.servicesDegraded).toEqual(want.servicesDegraded);
          }
      }),
      { numRuns: 120 },
    );
  });
});
