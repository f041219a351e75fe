import { describe, expect, it } from 'vitest';
import { FailureEngine } from './failureEngine';
import { analyseHa } from './ha';
import { computePatching } from './patching';
import { buildPlanIndex } from '../model/planIndex';
import type { Plan } from '../model';
import { rackPlan } from '../test-support/fixtures';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';

function patching(p: Plan) {
  const ix = buildPlanIndex(p);
  return computePatching(ix, analyseHa(ix, new FailureEngine(ix)));
}

describe('computePatching (SPEC §6.2)', () => {
  it('counts the rack plan', () => {
    const p = patching(rackPlan);
    expect(p.hostOs).toBe(1); // s4 (Windows)
    expect(p.hypervisors).toBe(4);
    expect(p.guestOs).toBe(6);
    expect(p.osInstances).toBe(11); // 1 + 4 + 6; containers add none
    expect(p.runtimes).toBe(1);
    expect(p.images).toBe(1); // nginx twice
    expect(p.distinctOsVersions).toBe(2); // Windows Server 2022 (s4, v5), Ubuntu 24.04
    // host 1.5 (windows) + hypervisors 4 × 2 + guests 5 × 0.5 + 1 × 1 (windows) + runtime 0.25 + image 0.1
    expect(p.hoursPerCycle).toBeCloseTo(1.5 + 8 + 2.5 + 1 + 0.25 + 0.1, 10);
    expect(p.hoursPerYear).toBeCloseTo(13.35 * 12, 10);
    // h4 holds VMs and has no cluster; prod tolerates one failure, so its hosts can be evacuated.
    expect(p.downtimeHosts).toEqual(['h4']);
  });

  it('lists hosts of a cluster that tolerates no failure, but not empty ones', () => {
    // Two hosts of 16 GiB each holding a 16 GiB VM: neither can take the other's VM.
    const p = patching(
      plan([
        server('s1', null, { ramGiB: 16 }),
        hypervisor('h1', 's1', { cluster: 'tight' }),
        vm('a', 'h1', { ramGiB: 16 }),
        server('s2', null, { ramGiB: 16 }),
        hypervisor('h2', 's2', { cluster: 'tight' }),
        vm('b', 'h2', { ramGiB: 16 }),
        server('s3', null),
        hypervisor('h3', 's3'),
      ]),
    );
    expect(p.downtimeHosts).toEqual(['h1', 'h2']);
  });

  it('uses the plan settings', () => {
    const p = patching({
      ...plan([server('s', null), hypervisor('h', 's')]),
      settings: {
        ...rackPlan.settings,
        patchCyclesPerYear: 4,
        patchHours: { ...rackPlan.settings.patchHours, hypervisor: 3 },
      },
    });
    expect(p.hoursPerCycle).toBe(3);
    expect(p.hoursPerYear).toBe(12);
  });
});
