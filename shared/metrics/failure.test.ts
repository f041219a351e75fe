import { describe, expect, it } from 'vitest';
import { buildPlanIndex } from '../model/planIndex';
import { simulateFailure, simulateFailureIn, toFailureResult } from './failure';
import { FailureEngine } from './failureEngine';
import { rackPlan } from '../test-support/fixtures';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';

const ids = (refs: readonly { id: string }[]): string[] => refs.map((r) => r.id);

/*
 * Free capacity in rackPlan (CPU limit 4, RAM limit 1):
 *   s1: CPU 32 − 6 = 26, RAM 64 − 48 = 16
 *   s2: CPU 32 − 4 = 28, RAM 64 − 24 = 40
 *   s3: CPU 32 − 8 = 24, RAM 48 − 16 = 32
 */
describe('simulateFailure (SPEC §6.3)', () => {
  it('returns null for an unknown id', () => {
    expect(simulateFailure(rackPlan, 'nope')).toBeNull();
  });

  it('server: HA restarts every VM in its cluster', () => {
    // Candidates v1 (32), v2 (16). v1 → h2 (40 free, the most); h2 left 8. v2 → h3 (32 ≥ 16).
    const out = simulateFailure(rackPlan, 's1');
    expect(out).not.toBeNull();
    expect(ids(out!.down)).toEqual(['h1', 's1', 'v1', 'v2']);
    expect(out!.lostWorkloads).toEqual([]);
    expect(ids(out!.recoveredWorkloads)).toEqual(['v1', 'v2']);
    expect(out!.restarts).toEqual([
      { vmId: 'v1', hypervisorId: 'h2' },
      { vmId: 'v2', hypervisorId: 'h3' },
    ]);
    expect(out!.servicesDown).toEqual([]);
    expect(out!.servicesDegraded).toEqual([]);
  });

  it('hypervisor: the same restarts as its server', () => {
    const out = simulateFailure(rackPlan, 'h1')!;
    expect(ids(out.down)).toEqual(['h1', 'v1', 'v2']);
    expect(ids(out.recoveredWorkloads)).toEqual(['v1', 'v2']);
  });

  it('site: targets inside the site are down; unplaced VMs are lost and down services propagate', () => {
    // Down: s1, s2 and their subtrees. Candidates v1 (32), v3 (24), v2 (16); only h3 (32 free) is up.
    // v1 → h3 (32 ≥ 32, left 0); v3 and v2 do not fit. Lost v2, v3; recovered v1.
    // db {v2} is all lost → down; web {v1, v3} half lost → degraded, but web → api → db, so
    // api and then web are down, and batch (→ web) too.
    const out = simulateFailure(rackPlan, 'siteA')!;
    expect(ids(out.lostWorkloads)).toEqual(['v2', 'v3']);
    expect(ids(out.recoveredWorkloads)).toEqual(['v1']);
    expect(out.restarts).toEqual([{ vmId: 'v1', hypervisorId: 'h3' }]);
    expect(out.servicesDown).toEqual(['api', 'batch', 'db', 'web']);
    expect(out.servicesDegraded).toEqual([]);
  });

  it('server outside any cluster: everything on it is lost', () => {
    // h4 has no cluster, so no HA. Lost v5, c1, c2. batch {v5, c2} all lost → down;
    // api {v4, c1} → degraded. Nothing depends on batch.
    const out = simulateFailure(rackPlan, 's4')!;
    expect(ids(out.down)).toEqual(['c1', 'c2', 'h4', 'rt6', 's4', 'v5', 'v6']);
    expect(ids(out.lostWorkloads)).toEqual(['c1', 'c2', 'v5']);
    expect(out.recoveredWorkloads).toEqual([]);
    expect(out.servicesDown).toEqual(['batch']);
    expect(out.servicesDegraded).toEqual(['api']);
  });

  it('vm: no HA; a service of one replica goes down and its dependents follow', () => {
    // v2 is all of db: db down → api (→ db) → web (→ api) → batch (→ web).
    const out = simulateFailure(rackPlan, 'v2')!;
    expect(ids(out.lostWorkloads)).toEqual(['v2']);
    expect(out.servicesDown).toEqual(['api', 'batch', 'db', 'web']);
    expect(out.servicesDegraded).toEqual([]);
  });

  it('vm with a replica elsewhere: degraded, not down', () => {
    const out = simulateFailure(rackPlan, 'v1')!;
    expect(out.servicesDown).toEqual([]);
    expect(out.servicesDegraded).toEqual(['web']);
  });

  it('runtime: its containers are lost', () => {
    const out = simulateFailure(rackPlan, 'rt6')!;
    expect(ids(out.down)).toEqual(['c1', 'c2', 'rt6']);
    expect(ids(out.lostWorkloads)).toEqual(['c1', 'c2']);
    expect(out.servicesDegraded).toEqual(['api', 'batch']);
  });

  it('container: only itself', () => {
    const out = simulateFailure(rackPlan, 'c2')!;
    expect(ids(out.down)).toEqual(['c2']);
    expect(out.servicesDegraded).toEqual(['batch']);
  });

  it('toFailureResult keeps exactly the spec keys', () => {
    const out = simulateFailure(rackPlan, 's4')!;
    expect(Object.keys(toFailureResult(out))).toEqual([
      'nodeId',
      'down',
      'lostWorkloads',
      'recoveredWorkloads',
      'servicesDown',
      'servicesDegraded',
    ]);
    expect(toFailureResult(out).down[0]).toEqual({ id: 'c1', name: 'c1' });
  });

  it('names a service of one by its workload id', () => {
    const p = plan([server('s', null), hypervisor('h', 's'), vm('lonely', 'h')]);
    expect(simulateFailure(p, 's')!.servicesDown).toEqual(['lonely']);
  });

  it('gives the same outcome on an engine that simulated other failures before', () => {
    // h2 sits on no server: failing s1 first downs cluster a's only target, and failing h2 must not
    // take that count for its own run (v2 restarts on h1).
    const p = plan([
      server('s1', null),
      hypervisor('h1', 's1', { cluster: 'a' }),
      hypervisor('h2', null, { cluster: 'a' }),
      vm('v2', 'h2'),
    ]);
    const ix = buildPlanIndex(p);
    const engine = new FailureEngine(ix);
    simulateFailureIn(ix, 's1', engine);
    expect(simulateFailureIn(ix, 'h2', engine)).toEqual(simulateFailure(p, 'h2'));
    expect(ids(simulateFailure(p, 'h2')!.recoveredWorkloads)).toEqual(['v2']);
  });
});
