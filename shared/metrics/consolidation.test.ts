import { describe, expect, it } from 'vitest';
import { computeConsolidation } from './consolidation';
import { buildPlanIndex } from '../model/planIndex';
import { rackPlan } from '../test-support/fixtures';
import { container, hypervisor, plan, runtime, server, LINUX } from '../test-support/planBuilder';

describe('computeConsolidation (SPEC §6.1)', () => {
  it('counts the rack plan', () => {
    const c = computeConsolidation(buildPlanIndex(rackPlan));
    // Workloads: v1 v2 v3 v4 v5 c1 c2 = 7 (v6 hosts a runtime); servers s1..s4 = 4.
    expect(c.servers).toBe(4);
    expect(c.workloads).toBe(7);
    expect(c.ratio).toBe(7 / 4);
    expect(c.serversSaved).toBe(3); // max(0, 7 − 4)
    expect(c.vms).toBe(6);
    expect(c.vmHosts).toBe(4);
    expect(c.vmsPerHost).toBe(1.5); // 6 / 4
    expect(c.containers).toBe(2);
    expect(c.containerHosts).toBe(1); // s4, through v6
    expect(c.containersPerHost).toBe(2);
    // s1: CPU 4 + 2 = 6 of 8 cores → 0.75; RAM 32 + 16 = 48 of 64 → 0.75.
    expect(c.hosts[0]).toEqual({
      id: 's1',
      cpuDemand: 6,
      cpuCores: 8,
      cpuRatio: 0.75,
      ramDemand: 48,
      ramGiB: 64,
      ramUtilization: 0.75,
    });
    // s3: CPU 8 of 8 → 1; RAM 16 of 48 → 1/3. s4: CPU 2 + 2 = 4 of 16; RAM 8 + 8 = 16 of 64.
    expect(c.hosts.map((h) => [h.id, h.cpuRatio, h.ramUtilization])).toEqual([
      ['s1', 0.75, 0.75],
      ['s2', 0.5, 0.375],
      ['s3', 1, 16 / 48],
      ['s4', 0.25, 0.25],
    ]);
    // CPU 6 + 4 + 8 + 4 = 22 of 8 + 8 + 8 + 16 = 40; RAM 48 + 24 + 16 + 16 = 104 of 240.
    expect(c.totals).toEqual({ cpuDemand: 22, cpuCores: 40, ramDemand: 104, ramGiB: 240 });
  });

  it('gives null ratios on an empty plan and never negative savings', () => {
    const empty = computeConsolidation(buildPlanIndex(plan([])));
    expect(empty).toMatchObject({
      servers: 0,
      workloads: 0,
      ratio: null,
      serversSaved: 0,
      vmsPerHost: null,
      containersPerHost: null,
    });
    expect(empty.totals).toEqual({ cpuDemand: 0, cpuCores: 0, ramDemand: 0, ramGiB: 0 });
    const idle = computeConsolidation(
      buildPlanIndex(plan([server('a', null), server('b', null), hypervisor('h', 'a')])),
    );
    expect(idle.serversSaved).toBe(0);
    expect(idle.ratio).toBe(0);
  });

  it('counts bare-metal containers on their server', () => {
    const c = computeConsolidation(
      buildPlanIndex(
        plan([
          server('s', null, { os: LINUX, cpuCores: 4, ramGiB: 16 }),
          runtime('r', 's'),
          container('a', 'r', { cpu: 1, ramGiB: 2 }),
          container('b', 'r', { cpu: 1, ramGiB: 2 }),
        ]),
      ),
    );
    // Demand 2 CPU of 4 cores → 0.5; 4 GiB of 16 → 0.25.
    expect(c.hosts).toEqual([
      {
        id: 's',
        cpuDemand: 2,
        cpuCores: 4,
        cpuRatio: 0.5,
        ramDemand: 4,
        ramGiB: 16,
        ramUtilization: 0.25,
      },
    ]);
    expect(c.containerHosts).toBe(1);
    expect(c.containersPerHost).toBe(2);
    expect(c.vmHosts).toBe(0);
  });
});
