import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanIndex } from '../model/planIndex';
import { derivePlanIndex } from '../model/planIndexDerive';
import { applyEdit, arbitraryEdit } from '../test-support/arbitraryEdit';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { hypervisor, plan, server, site, vm, withNode } from '../test-support/planBuilder';
import { touchedByEdit, type Touched } from './failureScope';
import { buildReport, reportState } from './report';

describe('reportState', () => {
  it('after any sequence of edits, equals the report built afresh', () => {
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(arbitraryEdit, { minLength: 1, maxLength: 6 }),
        (start, edits) => {
          let p = start;
          let state = reportState(buildPlanIndex(p));
          for (const e of edits) {
            p = applyEdit(p, e);
            state = reportState(derivePlanIndex(state.index, p), state);
            expect(state.report).toEqual(buildReport(p));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reportState, clusters sharing a host', () => {
  // s1 carries a hypervisor of each cluster. Cluster a's HA test fails s1, so b's VM restarts too:
  // on s3 while it has room, else on s2, where it takes the room a's VM needs. Shrinking s3 (which
  // holds no hypervisor of a) changes a's figure.
  const shared = plan([
    server('s1', null, { ramGiB: 64 }),
    hypervisor('h1', 's1', { cluster: 'a' }),
    vm('va', 'h1', { ramGiB: 10 }),
    hypervisor('h2', 's1', { cluster: 'b' }),
    vm('vb', 'h2', { ramGiB: 11 }),
    server('s2', null, { ramGiB: 12 }),
    hypervisor('h3', 's2', { cluster: 'a' }),
    hypervisor('h4', 's2', { cluster: 'b' }),
    server('s3', null, { ramGiB: 16 }),
    hypervisor('h5', 's3', { cluster: 'b' }),
  ]);

  it('simulates again the HA test of a cluster whose failed host holds a touched cluster', () => {
    const first = reportState(buildPlanIndex(shared));
    const shrunk = withNode(shared, 's3', (n) => ({ ...n, ramGiB: 4 }));
    const next = reportState(derivePlanIndex(first.index, shrunk), first);
    const clusterA = (r: typeof first.report) =>
      r.ha.clusters.find((c) => c.name === 'a')?.toleratesHostFailures;
    expect(clusterA(first.report)).toBe(1);
    expect(clusterA(next.report)).toBe(0);
    expect(next.report).toEqual(buildReport(shrunk));
  });
});

describe('reportState, repeated ids', () => {
  it('matches the report built afresh when two nodes share an id', () => {
    // Two servers named "s", each with a host of cluster a: both fail differently after an edit.
    const twin = plan([
      server('s', null, { ramGiB: 32 }),
      hypervisor('h1', 's', { cluster: 'a' }),
      vm('v1', 'h1', { ramGiB: 8 }),
      server('s', null, { ramGiB: 64 }),
      hypervisor('h2', null, { cluster: 'a' }),
      vm('v2', 'h2', { ramGiB: 8 }),
      vm('v3', 'h2', { ramGiB: 8 }),
    ]);
    let p = twin;
    let state = reportState(buildPlanIndex(p));
    for (const ram of [30, 4, 31, 64, 1]) {
      p = {
        ...p,
        nodes: p.nodes.map((n, i) => (i === 2 && n.kind === 'vm' ? { ...n, ramGiB: ram } : n)),
      };
      state = reportState(derivePlanIndex(state.index, p), state);
      expect(state.report).toEqual(buildReport(p));
    }
  });
});

describe('touchedByEdit', () => {
  // Two clusters on two sites; a VM of cluster a changes size.
  const sample = plan([
    site('east'),
    site('west'),
    server('s1', 'east', { ramGiB: 64 }),
    hypervisor('h1', 's1', { cluster: 'a' }),
    vm('v1', 'h1', { ramGiB: 8 }),
    server('s2', 'east', { ramGiB: 64 }),
    hypervisor('h2', 's2', { cluster: 'a' }),
    server('s3', 'west', { ramGiB: 64 }),
    hypervisor('h3', 's3', { cluster: 'b' }),
    vm('v3', 'h3', { ramGiB: 8 }),
  ]);
  const before = buildPlanIndex(sample);
  const ids = (touched: Touched | null): string[] =>
    touched ? before.ids.filter((_, i) => touched.flags[i] === 1) : ['(all)'];

  it('marks the subtrees holding a hypervisor of a cluster whose VM changed size', () => {
    const after = derivePlanIndex(
      before,
      withNode(sample, 'v1', (n) => ({ ...n, ramGiB: 16 })),
    );
    const touched = touchedByEdit(before, after);
    // Failing the site downs all of cluster a: no restart there depends on v1's size.
    expect(ids(touched)).toEqual(['s1', 'h1', 's2', 'h2']);
    // Children before parents, as the failures are counted.
    const list = touched?.list.map((i) => before.ids[i]) ?? [];
    expect(list.indexOf('h1')).toBeLessThan(list.indexOf('s1'));
    expect(list.indexOf('h2')).toBeLessThan(list.indexOf('s2'));
  });

  it('marks nothing for an edit no failure reads', () => {
    const after = derivePlanIndex(
      before,
      withNode(sample, 'v3', (n) => ({ ...n, name: 'renamed' })),
    );
    expect(ids(touchedByEdit(before, after))).toEqual([]);
  });

  it('gives up (null) when the edit changed clusters, services or the tree', () => {
    const recluster = derivePlanIndex(
      before,
      withNode(sample, 'h3', (n) => ({ ...n, cluster: 'a' })),
    );
    expect(touchedByEdit(before, recluster)).toBeNull();
    const service = derivePlanIndex(
      before,
      withNode(sample, 'v3', (n) => ({ ...n, service: 'web' })),
    );
    expect(touchedByEdit(before, service)).toBeNull();
    expect(touchedByEdit(before, buildPlanIndex(sample))).toBeNull();
  });
});
