import { describe, expect, it } from 'vitest';
import type { FailureResult } from '../../shared/metrics/types';
import { formatFailure } from './formatFailure';
import type { NodeLabel } from './labels';
import { formatValidation } from './formatIssues';

const result: FailureResult = {
  nodeId: 'esx-01',
  down: [
    { id: 'esx-01', name: 'esx-01' },
    { id: 'esx-01-hv', name: 'ESXi 8 on esx-01' },
    { id: 'vm-db', name: 'db' },
    { id: 'vm-web', name: 'web' },
  ],
  lostWorkloads: [{ id: 'vm-db', name: 'db' }],
  recoveredWorkloads: [{ id: 'vm-web', name: 'web' }],
  servicesDown: ['api', 'db'],
  servicesDegraded: [],
};

describe('formatFailure', () => {
  it('lists what goes down, what is lost, what HA recovers and the services hit', () => {
    const labels = new Map<string, NodeLabel>([['esx-01', { name: 'esx-01', kind: 'server' }]]);
    expect(formatFailure(result, labels)).toBe(
      [
        'Failure of           esx-01 (server)',
        '  Down               4: esx-01, ESXi 8 on esx-01 (esx-01-hv), db (vm-db), web (vm-web)',
        '  Lost workloads     1: db (vm-db)',
        '  Recovered by HA    1: web (vm-web)',
        '  Services down      2: api, db',
        '  Services degraded  none',
        '',
      ].join('\n'),
    );
  });

  it('cuts long lists and points to --json for the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      id: `c${String(i).padStart(2, '0')}`,
      name: `c${String(i).padStart(2, '0')}`,
    }));
    const text = formatFailure({ ...result, down: many });
    expect(text).toContain('25: c00, c01,');
    expect(text).toContain('c19, … and 5 more');
  });
});

describe('formatValidation', () => {
  it('says there is nothing to fix', () => {
    expect(formatValidation('a.strata', [])).toBe('a.strata: no issues\n');
  });

  it('counts and tabulates the issues', () => {
    const text = formatValidation('a.strata', [
      {
        severity: 'error',
        code: 'kernel-mismatch',
        nodeId: 'c1',
        message: 'Windows container on a Linux kernel.', messageKey: 'issue.one-hypervisor' as const, params: {},
      },
      {
        severity: 'warning',
        code: 'cpu-overcommit',
        nodeId: 'esx-01',
        message: 'CPU over the limit.', messageKey: 'issue.one-hypervisor' as const, params: {},
      },
      { severity: 'warning', code: 'dr-insufficient', nodeId: 'site-b', message: 'DR too small.', messageKey: 'issue.one-hypervisor' as const, params: {}, },
    ]);
    expect(text).toBe(
      [
        'a.strata: 1 error, 2 warnings',
        '  error    kernel-mismatch  c1      Windows container on a Linux kernel.',
        '  warning  cpu-overcommit   esx-01  CPU over the limit.',
        '  warning  dr-insufficient  site-b  DR too small.',
        '',
      ].join('\n'),
    );
  });
});
