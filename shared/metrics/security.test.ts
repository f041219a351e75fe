import { describe, expect, it } from 'vitest';
import { computeSecurity } from './security';
import { buildPlanIndex } from '../model/planIndex';
import { rackPlan } from '../test-support/fixtures';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  vm,
  LINUX,
} from '../test-support/planBuilder';

describe('computeSecurity (SPEC §6.5)', () => {
  it('reads the rack plan', () => {
    // VM escape from v5 reaches h4's subtree: v5, c1, c2 = 3 (h1 holds 2, h2 and h3 one each).
    // A kernel exploit from c1 reaches v6's subtree: c1, c2 = 2.
    expect(computeSecurity(buildPlanIndex(rackPlan))).toEqual({
      maxExposure: 3,
      maxExposureWorkload: 'v5',
      largestSharedKernel: 2,
    });
  });

  it('isolates VM-isolation containers and counts bare-metal kernels', () => {
    const p = plan([
      server('bm', null, { os: LINUX }),
      runtime('docker', 'bm'),
      container('a', 'docker'),
      container('b', 'docker'),
      container('c', 'docker'),
      server('k', null, { os: LINUX }),
      runtime('kata', 'k', { engine: 'Kata Containers', isolation: 'vm' }),
      container('z1', 'kata'),
      container('z2', 'kata'),
      container('z3', 'kata'),
      container('z4', 'kata'),
      server('solo', null, { os: LINUX, workload: 'ldap' }),
    ]);
    // a, b, c reach the bare-metal server: 3. Each Kata container reaches itself: 1. ldap: 1.
    // Tie at 3 between a, b, c → smallest id "a". The Kata runtime is not a shared kernel.
    expect(computeSecurity(buildPlanIndex(p))).toEqual({
      maxExposure: 3,
      maxExposureWorkload: 'a',
      largestSharedKernel: 3,
    });
  });

  it('is zero on a plan without workloads', () => {
    expect(
      computeSecurity(
        buildPlanIndex(
          plan([server('s', null), hypervisor('h', 's'), vm('v', 'h'), runtime('r', 'v')]),
        ),
      ),
    ).toEqual({
      maxExposure: 0,
      maxExposureWorkload: null,
      largestSharedKernel: 0,
    });
  });
});
