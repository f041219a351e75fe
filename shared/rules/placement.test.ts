import { describe, expect, it } from 'vitest';
import { buildPlanIndex } from '../model/planIndex';
import { container, hypervisor, plan, runtime, server, site, vm } from '../test-support/planBuilder';
import { canPlace, describeAllowedParents } from './placement';

const p = plan([
  site('dc'),
  server('s1', 'dc', { os: { family: 'linux', name: 'Ubuntu', version: '24.04' } }),
  hypervisor('h1', 's1'),
  vm('v1', 'h1'),
  runtime('r1', 'v1'),
  container('c1', 'r1'),
  server('s2', null),
]);
const ix = buildPlanIndex(p);

describe('canPlace', () => {
  it('accepts each kind under the parents SPEC §4 allows', () => {
    expect(canPlace(ix, 'site', null)).toEqual({ ok: true });
    expect(canPlace(ix, 'server', null)).toEqual({ ok: true });
    expect(canPlace(ix, 'server', 'dc')).toEqual({ ok: true });
    expect(canPlace(ix, 'hypervisor', 's2')).toEqual({ ok: true });
    expect(canPlace(ix, 'vm', 'h1')).toEqual({ ok: true });
    expect(canPlace(ix, 'runtime', 's2')).toEqual({ ok: true });
    expect(canPlace(ix, 'container', 'r1')).toEqual({ ok: true });
  });

  it('refuses a wrong parent kind with a reason naming where the kind goes', () => {
    expect(canPlace(ix, 'vm', 's1')).toMatchObject({
      ok: false,
      code: 'wrong-parent',
      refusal: { key: 'refusal.wrong-parent', params: { kind: 'vm', parentKind: 'server' } },
      reason: 'A VM cannot go inside a server: it goes inside a hypervisor.',
    });
    expect(canPlace(ix, 'container', null)).toMatchObject({
      ok: false,
      code: 'not-on-canvas',
      reason: 'A container must go inside a runtime, not on the bare canvas.',
    });
    expect(canPlace(ix, 'site', 'dc')).toMatchObject({ ok: false });
  });

  it('refuses a second hypervisor or runtime, but not the node already there being moved', () => {
    expect(canPlace(ix, 'hypervisor', 's1')).toMatchObject({
      ok: false,
      code: 'one-hypervisor',
      reason: 'Server "s1" already has a hypervisor: a server runs one hypervisor.',
    });
    expect(canPlace(ix, 'runtime', 'v1')).toMatchObject({ ok: false });
    expect(canPlace(ix, 'hypervisor', 's1', 'h1')).toEqual({ ok: true });
  });

  it('refuses moving a node into its own subtree', () => {
    expect(canPlace(ix, 'server', 'dc', 'dc')).toMatchObject({ ok: false });
    expect(canPlace(ix, 'runtime', 'v1', 'h1')).toMatchObject({
      ok: false,
      code: 'into-itself',
      reason: 'A runtime cannot go inside itself or one of its own children.',
    });
  });

  it('describes the allowed parents in words', () => {
    expect(describeAllowedParents('server')).toBe('the canvas or a site');
    expect(describeAllowedParents('runtime')).toBe('a server or a VM');
  });
});
