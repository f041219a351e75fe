import { describe, expect, it } from 'vitest';
import { computeDr } from './dr';
import { buildPlanIndex } from '../model/planIndex';
import { rackPlan } from '../test-support/fixtures';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  site,
  vm,
  LINUX,
} from '../test-support/planBuilder';

describe('computeDr (SPEC §6.6)', () => {
  const drPlan = plan([
    site('siteP'),
    server('sp1', 'siteP', { cpuCores: 16, ramGiB: 128 }),
    hypervisor('hp1', 'sp1'),
    vm('vA', 'hp1', { vcpu: 4, ramGiB: 32 }),
    vm('vB', 'hp1', { vcpu: 8, ramGiB: 64 }),
    runtime('rtB', 'vB'),
    container('cB', 'rtB'),
    server('sp2', 'siteP', { os: LINUX, workload: 'ldap' }),
    server('sp3', 'siteP', { os: LINUX }),
    runtime('rt3', 'sp3'),
    container('c3', 'rt3'),
    site('siteS', { role: 'secondary' }),
    server('ss1', 'siteS', { cpuCores: 8, ramGiB: 64 }),
    hypervisor('hs1', 'ss1'),
    vm('vS', 'hs1', { vcpu: 2, ramGiB: 16 }),
    server('ss2', 'siteS', { cpuCores: 64, ramGiB: 1024 }),
    server('outside', null),
    hypervisor('ho', 'outside'),
    vm('vO', 'ho', { vcpu: 64, ramGiB: 200 }),
  ]);

  it('is null without a secondary site', () => {
    expect(computeDr(buildPlanIndex(rackPlan))).toBeNull();
  });

  it('compares primary VM demand with free room on secondary VM hosts', () => {
    // Demand: vA + vB = 4 + 8 = 12 vCPU, 32 + 64 = 96 GiB (cB travels inside vB; vO is in no site).
    // Free: only ss1 holds a hypervisor: CPU 8 × 4 − 2 = 30, RAM 64 − 16 = 48.
    // Coverage = min(48 / 96, 30 / 12) = 0.5.
    // Unprotected: primary workloads that are neither VMs nor inside one: c3 and sp2.
    expect(computeDr(buildPlanIndex(drPlan))).toEqual({
      demandCpu: 12,
      demandRamGiB: 96,
      freeCpu: 30,
      freeRamGiB: 48,
      coverage: 0.5,
      ready: false,
      unprotected: ['c3', 'sp2'],
    });
  });

  it('is ready with coverage 1 when nothing needs protecting, and does not cap coverage', () => {
    const idle = plan([
      site('p'),
      site('s', { role: 'secondary' }),
      server('x', 's'),
      hypervisor('h', 'x'),
    ]);
    expect(computeDr(buildPlanIndex(idle))).toMatchObject({
      coverage: 1,
      ready: true,
      demandCpu: 0,
      unprotected: [],
    });
    const roomy = plan([
      site('p'),
      server('a', 'p'),
      hypervisor('ha', 'a'),
      vm('v', 'ha', { vcpu: 2, ramGiB: 8 }),
      site('s', { role: 'secondary' }),
      server('b', 's'),
      hypervisor('hb', 'b'),
    ]);
    // min(256 / 8, 128 / 2) = 32.
    expect(computeDr(buildPlanIndex(roomy))).toMatchObject({ coverage: 32, ready: true });
  });
});
