import { describe, expect, it } from 'vitest';
import { rackPlan } from '../test-support/fixtures';
import { hypervisor, plan, server, site, vm } from '../test-support/planBuilder';
import { issuesOf, messagesOf } from '../test-support/issues';

describe('ha-insufficient', () => {
  const tight = plan([
    server('s2', null, { ramGiB: 16 }),
    hypervisor('h2', 's2', { cluster: 'tight' }),
    vm('b', 'h2', { ramGiB: 16 }),
    server('s1', null, { ramGiB: 16 }),
    hypervisor('h1', 's1', { cluster: 'tight' }),
    vm('a', 'h1', { ramGiB: 16 }),
    server('s3', null, { ramGiB: 16 }),
    hypervisor('h3', 's3', { cluster: 'alone' }),
    vm('c', 'h3', { ramGiB: 16 }),
  ]);

  it('is raised on the first hypervisor by id of a cluster of two or more that tolerates no failure', () => {
    // Each 16 GiB host is full: neither can take the other's 16 GiB VM.
    expect(issuesOf(tight, 'ha-insufficient')).toEqual([['h1', 'warning']]);
    expect(messagesOf(tight, 'ha-insufficient')[0]).toContain('Cluster "tight" (2 hosts)');
  });

  it('is not raised for a one-host cluster or a cluster that tolerates a failure', () => {
    expect(issuesOf(rackPlan, 'ha-insufficient')).toEqual([]);
  });
});

describe('dr-insufficient', () => {
  const dr = (secondaryRam: number) =>
    plan([
      site('main'),
      server('p', 'main'),
      hypervisor('hp', 'p'),
      vm('v', 'hp', { vcpu: 2, ramGiB: 64 }),
      site('dr-b', { role: 'secondary' }),
      site('dr-a', { role: 'secondary' }),
      server('q', 'dr-b', { ramGiB: secondaryRam }),
      hypervisor('hq', 'q'),
    ]);

  it('is raised on the first secondary site when coverage < 1', () => {
    // Coverage = min(32 / 64, 128 / 2) = 0.5.
    expect(issuesOf(dr(32), 'dr-insufficient')).toEqual([['dr-a', 'warning']]);
    expect(messagesOf(dr(32), 'dr-insufficient')[0]).toContain('only 50%');
  });

  it('is not raised at coverage 1 or without a secondary site', () => {
    expect(issuesOf(dr(64), 'dr-insufficient')).toEqual([]);
    expect(issuesOf(rackPlan, 'dr-insufficient')).toEqual([]);
  });
});
