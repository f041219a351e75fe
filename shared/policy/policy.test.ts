import { describe, expect, it } from 'vitest';
import { buildReport } from '../metrics/report';
import type { Plan } from '../model/plan';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  site,
  vm,
} from '../test-support/planBuilder';
import { checkPolicy, policyPassed } from './checkPolicy';
import { parsePolicy, parsePolicyText } from './parsePolicy';
import { RULE_NAMES, type Policy } from './rules';

/** Two ESXi hosts in cluster prod, one VM each; a bare-metal mail server. */
const cluster = plan([
  server('s1', null, { cpuCores: 8, ramGiB: 64 }),
  hypervisor('h1', 's1', { cluster: 'prod' }),
  vm('v1', 'h1', { vcpu: 8, ramGiB: 32, service: 'erp' }),
  server('s2', null, { cpuCores: 8, ramGiB: 64 }),
  hypervisor('h2', 's2', { cluster: 'prod' }),
  vm('v2', 'h2', { vcpu: 16, ramGiB: 16, service: 'erp' }),
  server('s3', null, { workload: 'mail', os: { family: 'linux', name: 'Debian', version: '12' } }),
]);

function check(policy: Policy, p: Plan = cluster) {
  return checkPolicy(policy, p, buildReport(p));
}

function one(policy: Policy, p: Plan = cluster) {
  const [result] = check(policy, p);
  if (!result) throw new Error('no result');
  return result;
}

describe('policy rules', () => {
  it('minHaToleratedFailures: the cluster that tolerates the fewest, and VMs in no cluster count 0', () => {
    expect(one({ minHaToleratedFailures: 1 })).toMatchObject({
      pass: true,
      figure: 1,
      detail: '1 ≥ 1: cluster prod tolerates the fewest',
    });
    expect(one({ minHaToleratedFailures: 2 })).toMatchObject({ pass: false, figure: 1 });
    const loose = plan([
      ...cluster.nodes,
      server('s4', null),
      hypervisor('h4', 's4'),
      vm('v4', 'h4'),
    ]);
    expect(one({ minHaToleratedFailures: 1 }, loose)).toMatchObject({
      pass: false,
      figure: 0,
      detail: '0 < 1: VMs on hypervisor in no cluster (h4)',
    });
    expect(one({ minHaToleratedFailures: 1 }, plan([server('s', null)]))).toMatchObject({
      pass: true,
      figure: null,
    });
  });

  it('maxWorkloadsLostOnSingleFailure: the largest blast radius', () => {
    const shared = plan([server('s', null), hypervisor('h', 's'), vm('a', 'h'), vm('b', 'h')]);
    expect(one({ maxWorkloadsLostOnSingleFailure: 1 }, shared)).toMatchObject({
      pass: false,
      figure: 2,
      detail: 'h fails: lost 2 > 1',
    });
    expect(one({ maxWorkloadsLostOnSingleFailure: 2 }, shared).pass).toBe(true);
  });

  it('maxServicesDownOnSingleFailure: the most services one failure stops', () => {
    const chain = plan(
      [server('db', null, { workload: 'db' }), server('web', null, { workload: 'web' })],
      [['web', 'db']],
    );
    expect(one({ maxServicesDownOnSingleFailure: 1 }, chain)).toMatchObject({
      pass: false,
      figure: 2,
      detail: 'db fails: services down 2 > 1',
    });
    expect(one({ maxServicesDownOnSingleFailure: 2 }, chain).pass).toBe(true);
  });

  it('requireDrReady: a secondary site with enough room; no secondary site fails', () => {
    expect(one({ requireDrReady: true })).toMatchObject({
      pass: false,
      detail: 'no secondary site',
    });
    expect(one({ requireDrReady: false })).toMatchObject({ pass: true, detail: 'not required' });
    const dr = (ram: number) =>
      plan([
        site('p'),
        server('s1', 'p'),
        hypervisor('h1', 's1', { cluster: 'a' }),
        vm('v1', 'h1', { ramGiB: 64 }),
        site('d', { role: 'secondary' }),
        server('s2', 'd', { ramGiB: ram }),
        hypervisor('h2', 's2', { cluster: 'b' }),
      ]);
    expect(one({ requireDrReady: true }, dr(128))).toMatchObject({
      pass: true,
      figure: true,
      detail: 'DR coverage 200%: ready',
    });
    expect(one({ requireDrReady: true }, dr(32))).toMatchObject({
      pass: false,
      figure: false,
      detail: 'DR coverage 50%: NOT ready',
    });
  });

  it('maxOsInstances and maxPatchHoursPerYear', () => {
    // 1 host OS + 2 hypervisors + 2 guests = 5; (1 + 2 × 2 + 2 × 0.5) × 12 = 72 hours.
    expect(one({ maxOsInstances: 5 })).toMatchObject({
      pass: true,
      figure: 5,
      detail: 'OS instances 5 ≤ 5',
    });
    expect(one({ maxOsInstances: 4 })).toMatchObject({ pass: false, detail: 'OS instances 5 > 4' });
    expect(one({ maxPatchHoursPerYear: 72 })).toMatchObject({ pass: true, figure: 72 });
    expect(one({ maxPatchHoursPerYear: 71.5 })).toMatchObject({
      pass: false,
      detail: 'hours per year 72 > 71.5',
    });
  });

  it('maxCpuRatio and maxRamUtilization: the busiest server', () => {
    expect(one({ maxCpuRatio: 2 })).toMatchObject({
      pass: true,
      figure: 2,
      detail: 's2: vCPU per core 2 ≤ 2',
    });
    expect(one({ maxCpuRatio: 1.5 }).pass).toBe(false);
    expect(one({ maxRamUtilization: 0.5 })).toMatchObject({
      pass: true,
      figure: 0.5,
      detail: 's1: RAM in use 50% ≤ 50%',
    });
    expect(one({ maxRamUtilization: 0.4 })).toMatchObject({
      pass: false,
      detail: 's1: RAM in use 50% > 40%',
    });
    expect(one({ maxCpuRatio: 1 }, plan([]))).toMatchObject({
      pass: true,
      figure: null,
      detail: 'no servers',
    });
  });

  it('forbidIssues: any issue of the listed codes fails, naming codes and nodes', () => {
    const mismatch = plan([
      server('s', null, { os: { family: 'linux', name: 'Debian', version: '12' } }),
      runtime('r', 's'),
      container('c1', 'r', { osFamily: 'windows' }),
      container('c2', 'r', { osFamily: 'windows' }),
    ]);
    expect(one({ forbidIssues: ['kernel-mismatch', 'placement'] }, mismatch)).toMatchObject({
      pass: false,
      figure: ['kernel-mismatch'],
      detail: 'kernel-mismatch ×2 (on c1, c2)',
    });
    expect(one({ forbidIssues: ['placement'] }, mismatch)).toMatchObject({
      pass: true,
      figure: [],
      detail: 'none of them',
    });
  });

  it('checks the rules a policy names, in the order of the rule list, and passes only when all pass', () => {
    const results = check({ maxOsInstances: 4, minHaToleratedFailures: 1 });
    expect(results.map((r) => [r.rule, r.limit, r.pass])).toEqual([
      ['minHaToleratedFailures', 1, true],
      ['maxOsInstances', 4, false],
    ]);
    expect(policyPassed(results)).toBe(false);
    expect(policyPassed(check({ maxOsInstances: 5 }))).toBe(true);
  });
});

describe('parsePolicy', () => {
  const refused = (value: unknown): string => {
    const result = parsePolicy(value);
    if (result.ok) throw new Error('accepted');
    return result.error.message;
  };

  it('reads every rule', () => {
    const policy: Policy = {
      minHaToleratedFailures: 1,
      maxWorkloadsLostOnSingleFailure: 3,
      maxServicesDownOnSingleFailure: 0,
      requireDrReady: true,
      maxOsInstances: 20,
      maxPatchHoursPerYear: 150.5,
      maxCpuRatio: 4,
      maxRamUtilization: 0.8,
      forbidIssues: ['ram-overcommit', 'single-failure-domain'],
    };
    expect(Object.keys(policy)).toEqual(RULE_NAMES);
    expect(parsePolicy(policy)).toEqual({ ok: true, policy });
  });

  it('names an unknown key', () => {
    expect(refused({ maxOsInstances: 3, maxOsInstanses: 3 })).toBe(
      'maxOsInstanses: unknown rule; the rules are minHaToleratedFailures, maxWorkloadsLostOnSingleFailure, maxServicesDownOnSingleFailure, requireDrReady, maxOsInstances, maxPatchHoursPerYear, maxCpuRatio, maxRamUtilization, forbidIssues',
    );
    expect(refused({ __proto__: 1, toString: 2 })).toMatch(/^toString: unknown rule/);
  });

  it('names a value of the wrong type', () => {
    expect(refused({ minHaToleratedFailures: 1.5 })).toBe(
      'minHaToleratedFailures: must be a whole number ≥ 0',
    );
    expect(refused({ maxWorkloadsLostOnSingleFailure: '3' })).toBe(
      'maxWorkloadsLostOnSingleFailure: must be a whole number ≥ 0',
    );
    expect(refused({ maxServicesDownOnSingleFailure: -1 })).toBe(
      'maxServicesDownOnSingleFailure: must be a whole number ≥ 0',
    );
    expect(refused({ requireDrReady: 'yes' })).toBe('requireDrReady: must be true or false');
    expect(refused({ maxOsInstances: null })).toBe('maxOsInstances: must be a whole number ≥ 0');
    expect(refused({ maxPatchHoursPerYear: -0.5 })).toBe(
      'maxPatchHoursPerYear: must be a number ≥ 0',
    );
    expect(refused({ maxCpuRatio: [4] })).toBe('maxCpuRatio: must be a number ≥ 0');
    expect(refused({ maxRamUtilization: 0 })).toBe(
      'maxRamUtilization: must be a number > 0 (a share: 0.8 is 80%)',
    );
    expect(refused({ forbidIssues: 'placement' })).toBe(
      'forbidIssues: must be an array of issue codes',
    );
    expect(refused({ forbidIssues: ['placement', 'ram-overcomit'] })).toMatch(
      /^forbidIssues\[1\]: unknown issue code "ram-overcomit"; expected one of placement, /,
    );
    expect(refused({ forbidIssues: [3] })).toMatch(/^forbidIssues\[0\]: must be an issue code; /);
  });

  it('refuses what is not one object of rules', () => {
    expect(refused([])).toBe('policy: must be one JSON object keyed by rule name');
    expect(refused({})).toMatch(/^policy: names no rule; the rules are minHaToleratedFailures, /);
    const text = parsePolicyText('{ "maxOsInstances": 1e999 }');
    expect(!text.ok && text.error.message).toBe('maxOsInstances: must be a whole number ≥ 0');
    const broken = parsePolicyText('{ maxOsInstances: 3 }');
    expect(!broken.ok && broken.error.message).toMatch(/^file: not valid JSON \(/);
  });
});
