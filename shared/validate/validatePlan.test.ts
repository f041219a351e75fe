import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from './issue';
import { validatePlan } from './validatePlan';
import { buildReport } from '../metrics/report';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  site,
  vm,
  LINUX,
  WINDOWS,
} from '../test-support/planBuilder';

/** One plan that breaks every rule at least once. */
const broken = plan(
  [
    site('site'),
    server('s', 'site', { cpuCores: 1, ramGiB: 8 }),
    hypervisor('h', 's', { cluster: 'c' }),
    hypervisor('h-extra', 's'),
    vm('v', 'h', { vcpu: 8, ramGiB: 16, service: 'app', os: WINDOWS }),
    runtime('r1', 'v'),
    runtime('r2', 'v'),
    container('lin', 'r1', { service: 'app', cpu: 64, ramGiB: 64 }),
    runtime('rs', 's'),
    vm('stray', 's'),
    server('s2', 'site', { ramGiB: 8 }),
    hypervisor('h2', 's2', { cluster: 'c' }),
    vm('v2', 'h2', { ramGiB: 8, service: 'db' }),
    vm('v3', 'h2', { ramGiB: 1, service: 'db' }),
    site('dr', { role: 'secondary' }),
    server('bare', null, { os: LINUX, workload: 'x', service: 'ldap' }),
  ],
  [
    ['lin', 'h'],
    ['v2', 'bare'],
    ['bare', 'v2'],
  ],
);

describe('validatePlan', () => {
  const issues = validatePlan(broken);

  it('raises every code of SPEC §4 on a plan that breaks every rule', () => {
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(ISSUE_CODES));
  });

  it('sorts by nodeId, then code, then message', () => {
    const key = (i: (typeof issues)[number]) => [i.nodeId, i.code, i.message];
    const sorted = [...issues].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let k = 0; k < 3; k++)
        if (x[k] !== y[k]) return (x[k] as string) < (y[k] as string) ? -1 : 1;
      return 0;
    });
    expect(issues).toEqual(sorted);
  });

  it('gives errors and warnings the severity of the spec table', () => {
    const warnings = new Set([
      'cpu-overcommit',
      'single-failure-domain',
      'dependency-cycle',
      'ha-insufficient',
      'dr-insufficient',
    ]);
    for (const i of issues) expect(i.severity).toBe(warnings.has(i.code) ? 'warning' : 'error');
  });

  it('writes messages that name the thing and say how to fix it', () => {
    for (const i of issues) expect(i.message).toMatch(/"[^"]+".* — .+\.$/);
  });

  it('agrees with the issues of the report', () => {
    expect(buildReport(broken).issues).toEqual(issues);
  });

  it('finds nothing wrong with a tidy plan', () => {
    expect(
      validatePlan(
        plan(
          [
            server('s', null, { os: LINUX }),
            runtime('r', 's'),
            container('c', 'r'),
            server('t', null),
            hypervisor('h', 't'),
            vm('v', 'h'),
          ],
          [['c', 'v']],
        ),
      ),
    ).toEqual([]);
  });
});
