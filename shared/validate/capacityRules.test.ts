import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../model';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  vm,
  LINUX,
} from '../test-support/planBuilder';
import { issuesOf, messagesOf } from '../test-support/issues';

describe('ram-overcommit and cpu-overcommit on servers', () => {
  // 4 cores × 4 = 16 vCPU; 32 GiB × 1 = 32 GiB.
  const host = (vcpu: number, ramGiB: number, reserved = 0) =>
    plan([
      server('s', null, { name: 'esx-01', cpuCores: 4, ramGiB: 32 }),
      hypervisor('h', 's', { reservedCpuCores: reserved, reservedRamGiB: reserved }),
      vm('v', 'h', { vcpu, ramGiB }),
    ]);

  it('are raised above the limits (reservations count)', () => {
    // RAM 30 + 4 reserved = 34 > 32; CPU 14 + 4 = 18 > 16.
    const p = host(14, 30, 4);
    expect(issuesOf(p, 'ram-overcommit')).toEqual([['s', 'error']]);
    expect(issuesOf(p, 'cpu-overcommit')).toEqual([['s', 'warning']]);
    expect(messagesOf(p, 'ram-overcommit')[0]).toBe(
      'Server "esx-01" needs 34 GiB of RAM but offers 32 GiB (32 GiB × RAM overcommit 1) — move VMs or containers to another server, add RAM, or raise the RAM overcommit limit.',
    );
  });

  it('are not raised at exactly the limits', () => {
    const p = host(16, 32);
    expect(issuesOf(p, 'ram-overcommit')).toEqual([]);
    expect(issuesOf(p, 'cpu-overcommit')).toEqual([]);
  });

  it('follow the plan settings', () => {
    const p = {
      ...host(16, 48),
      settings: { ...host(1, 1).settings, ramOvercommitLimit: 1.5, cpuOvercommitLimit: 2 },
    };
    // RAM 48 ≤ 32 × 1.5; CPU 16 > 4 × 2.
    expect(issuesOf(p, 'ram-overcommit')).toEqual([]);
    expect(issuesOf(p, 'cpu-overcommit')).toEqual([['s', 'warning']]);
  });

  it('count containers of a bare-metal runtime, without rounding noise', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: not more than 0.3 cores × 1 for a planner.
    const nodes: PlanNode[] = [
      server('s', null, { os: LINUX, cpuCores: 0.3, ramGiB: 0.3 }),
      runtime('r', 's'),
      container('a', 'r', { cpu: 0.1, ramGiB: 0.1 }),
      container('b', 'r', { cpu: 0.2, ramGiB: 0.2 }),
    ];
    const settings = { cpuOvercommitLimit: 1 };
    expect(issuesOf(plan(nodes, [], settings), 'cpu-overcommit')).toEqual([]);
    expect(issuesOf(plan(nodes, [], settings), 'ram-overcommit')).toEqual([]);
    nodes.push(container('c', 'r', { cpu: 0.01, ramGiB: 0.01 }));
    expect(issuesOf(plan(nodes, [], settings), 'cpu-overcommit')).toEqual([['s', 'warning']]);
    expect(issuesOf(plan(nodes, [], settings), 'ram-overcommit')).toEqual([['s', 'error']]);
  });
});

describe('ram-overcommit and cpu-overcommit inside a VM', () => {
  const guest = (cpu: number, ramGiB: number) =>
    plan([
      server('s', null),
      hypervisor('h', 's'),
      vm('v', 'h', { vcpu: 1, ramGiB: 2 }),
      runtime('r', 'v'),
      container('a', 'r', { cpu, ramGiB }),
    ]);

  it('are raised when the containers outgrow the VM', () => {
    // 5 CPU > 1 vCPU × 4; 3 GiB > 2 GiB.
    const p = guest(5, 3);
    expect(issuesOf(p, 'cpu-overcommit')).toEqual([['v', 'warning']]);
    expect(issuesOf(p, 'ram-overcommit')).toEqual([['v', 'error']]);
    expect(messagesOf(p, 'ram-overcommit')[0]).toContain('give the VM more RAM');
  });

  it('are not raised when they fit', () => {
    const p = guest(4, 2);
    expect(issuesOf(p, 'cpu-overcommit')).toEqual([]);
    expect(issuesOf(p, 'ram-overcommit')).toEqual([]);
  });
});
