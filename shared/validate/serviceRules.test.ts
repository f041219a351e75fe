import { describe, expect, it } from 'vitest';
import { stronglyConnected } from './serviceRules';
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

const base = [
  server('s1', null),
  hypervisor('h1', 's1'),
  vm('a', 'h1', { service: 'web' }),
  server('s2', null),
  hypervisor('h2', 's2'),
  vm('b', 'h2', { service: 'web' }),
  vm('c', 'h2', { service: 'db' }),
  vm('host', 'h2'),
  runtime('rt', 'host'),
  container('k', 'rt'),
];

describe('link-endpoint', () => {
  it('is raised on the end that is not a workload, and on a self-link at its from end', () => {
    const p = plan(base, [
      { id: 'to-infra', from: 'a', to: 'h1' },
      { id: 'from-infra', from: 'host', to: 'c' },
      { id: 'self', from: 'b', to: 'b' },
      { id: 'both', from: 's1', to: 'rt' },
    ]);
    expect(issuesOf(p, 'link-endpoint')).toEqual([
      ['b', 'error'],
      ['h1', 'error'],
      ['host', 'error'],
      ['rt', 'error'],
      ['s1', 'error'],
    ]);
    expect(messagesOf(p, 'link-endpoint')).toContain(
      'Link "to-infra" ends at hypervisor "h1", which is not a workload; links join workloads (a VM without a runtime, a container, or a bare-metal server with a workload) — reconnect it to a workload or delete it.',
    );
    expect(messagesOf(p, 'link-endpoint')[0]).toContain('joins "b" to itself');
  });

  it('is not raised between workloads, bare-metal ones included', () => {
    const p = plan(
      [...base, server('ldap', null, { os: LINUX, workload: 'ldap' })],
      [
        ['a', 'c'],
        ['k', 'ldap'],
      ],
    );
    expect(issuesOf(p, 'link-endpoint')).toEqual([]);
  });
});

describe('single-failure-domain', () => {
  it('is raised on the server that holds every workload of a service of two or more', () => {
    const p = plan([...base, vm('c2', 'h2', { service: 'db' })]);
    // db = {c, c2}, both on s2; web = {a, b} spans s1 and s2; services of one never count.
    expect(issuesOf(p, 'single-failure-domain')).toEqual([['s2', 'warning']]);
    expect(messagesOf(p, 'single-failure-domain')[0]).toBe(
      'Service "db" has all 2 of its workloads on server "s2", so that server\'s failure stops it — move at least one of them to another server.',
    );
  });

  it('is not raised when the workloads span servers', () => {
    expect(issuesOf(plan(base), 'single-failure-domain')).toEqual([]);
  });
});

describe('dependency-cycle', () => {
  it('is raised once per strongly connected component, on its smallest workload id', () => {
    const p = plan(
      [
        ...base,
        vm('z', 'h1', { service: 'cache' }),
        vm('y', 'h1', { service: 'queue' }),
        vm('x', 'h1', { service: 'mail' }),
      ],
      [
        ['a', 'c'], // web → db
        ['c', 'z'], // db → cache
        ['z', 'b'], // cache → web: web, db, cache form a cycle
        ['y', 'x'], // queue → mail
        ['x', 'y'], // mail → queue: a second cycle
        ['k', 'a'], // k → web: depends on the cycle, not in it
        ['a', 'b'], // inside web: not a dependency between services
      ],
    );
    expect(issuesOf(p, 'dependency-cycle')).toEqual([
      ['a', 'warning'],
      ['x', 'warning'],
    ]);
    expect(messagesOf(p, 'dependency-cycle')[0]).toBe(
      'Services "cache", "db", "web" depend on each other in a cycle, so the failure of one can take all of them down — remove or reverse a link between them (for example link "l1").',
    );
  });

  it('is not raised for a chain', () => {
    expect(
      issuesOf(
        plan(base, [
          ['a', 'c'],
          ['k', 'a'],
        ]),
        'dependency-cycle',
      ),
    ).toEqual([]);
  });

  it('finds components without recursion on a long chain', () => {
    const n = 50_000;
    // Vertex i → i + 1, and the last back to 0: one component.
    const start = Int32Array.from({ length: n + 1 }, (_, i) => i);
    const list = Int32Array.from({ length: n }, (_, i) => (i + 1) % n);
    const comp = stronglyConnected(start, list);
    expect(new Set(comp).size).toBe(1);
  });
});
