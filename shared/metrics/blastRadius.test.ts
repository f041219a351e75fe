import { describe, expect, it } from 'vitest';
import { computeBlastRadius } from './blastRadius';
import { FailureEngine } from './failureEngine';
import { findSingleFailureDomains } from './singleFailureDomain';
import { buildPlanIndex } from '../model/planIndex';
import type { Plan } from '../model';
import { rackPlan } from '../test-support/fixtures';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';

const blast = (p: Plan) => {
  const ix = buildPlanIndex(p);
  return computeBlastRadius(ix, new FailureEngine(ix), findSingleFailureDomains(ix));
};

describe('computeBlastRadius (SPEC §6.3)', () => {
  it('lists every node but containers, by id, with lost / recovered / servicesDown', () => {
    const b = blast(rackPlan);
    expect(b.nodes.map((e) => [e.id, e.lost, e.recovered, e.servicesDown])).toEqual([
      ['h1', 0, 2, 0], // v1 → h2, v2 → h3
      ['h2', 0, 1, 0], // v3 (24) → h3 (32 free; h1 has 16)
      ['h3', 0, 1, 0], // v4 (16) → h2 (40 free)
      ['h4', 3, 0, 1], // no cluster: v5, c1, c2 lost; batch down, api degraded
      ['rt6', 2, 0, 0], // c1, c2: api and batch degraded
      ['s1', 0, 2, 0],
      ['s2', 0, 1, 0],
      ['s3', 0, 1, 0],
      ['s4', 3, 0, 1],
      ['siteA', 2, 1, 4], // v2, v3 lost, v1 recovered; db down → api → web → batch
      ['v1', 1, 0, 0], // web degraded
      ['v2', 1, 0, 4], // db down, and its dependents
      ['v3', 1, 0, 0],
      ['v4', 1, 0, 0], // api keeps c1
      ['v5', 1, 0, 0], // batch keeps c2
      ['v6', 2, 0, 0],
    ]);
    // Largest lost is 3, shared by h4 and s4: the smaller id wins.
    expect(b.max).toEqual({ id: 'h4', lost: 3, recovered: 0, servicesDown: 1 });
    // batch = {v5, c2}, both on s4.
    expect(b.singleFailureDomainServices).toEqual(['batch']);
  });

  it('has no max on an empty plan', () => {
    expect(blast(plan([]))).toEqual({ nodes: [], max: null, singleFailureDomainServices: [] });
  });

  it('lists single-failure-domain services by name', () => {
    const p = plan([
      server('s', null),
      hypervisor('h', 's'),
      vm('a1', 'h', { service: 'zeta' }),
      vm('a2', 'h', { service: 'zeta' }),
      vm('b1', 'h', { service: 'alpha' }),
      vm('b2', 'h', { service: 'alpha' }),
    ]);
    expect(blast(p).singleFailureDomainServices).toEqual(['alpha', 'zeta']);
  });
});
