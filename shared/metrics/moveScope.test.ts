import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveNodes, updateNode } from '../edit';
import type { Plan } from '../model/plan';
import { buildPlanIndex } from '../model/planIndex';
import { derivePlanIndex } from '../model/planIndexDerive';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { hypervisor, plan, server, site, vm } from '../test-support/planBuilder';
import { touchedByMove } from './moveScope';
import { buildReport, reportState, type ReportState } from './report';

/** One edit through shared/edit, as the editor makes them: mostly moves, some field edits. */
type Step =
  | { readonly what: 'move'; readonly node: number; readonly parent: number }
  | { readonly what: 'moveVms'; readonly vms: readonly number[]; readonly parent: number }
  | { readonly what: 'dropAside'; readonly vm: number; readonly parent: number; readonly top: number }
  | { readonly what: 'ram'; readonly node: number; readonly value: number }
  | { readonly what: 'cluster'; readonly node: number; readonly value: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ what: fc.constant('move' as const), node: fc.nat(), parent: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      what: fc.constant('moveVms' as const),
      vms: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }),
      parent: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      what: fc.constant('dropAside' as const),
      vm: fc.nat(),
      parent: fc.nat(),
      top: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ what: fc.constant('ram' as const), node: fc.nat(), value: fc.nat(4) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      what: fc.constant('cluster' as const),
      node: fc.nat(),
      value: fc.nat(2),
    }),
  },
);

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

/** The plan after the step, or the same plan when the editor would refuse it. */
function apply(p: Plan, s: Step): Plan {
  const vms = p.nodes.filter((n) => n.kind === 'vm');
  const targets = p.nodes.filter((n) => n.kind === 'hypervisor');
  switch (s.what) {
    case 'move': {
      // Mostly a VM onto a hypervisor (a drop); sometimes any node anywhere.
      const node = s.node % 4 === 0 ? pick(p.nodes, s.node) : pick(vms, s.node);
      const parent = s.parent % 5 === 0 ? pick(p.nodes, s.parent) : pick(targets, s.parent);
      if (!node || !parent) return p;
      const result = moveNodes(p, [{ id: node.id, parentId: parent.id }]);
      return result.ok ? result.plan : p;
    }
    case 'moveVms': {
      const ids = [...new Set(s.vms.map((i) => pick(vms, i)?.id))].filter(
        (id): id is string => id !== undefined,
      );
      const parent = pick(targets, s.parent);
      if (!parent || ids.length === 0) return p;
      const result = moveNodes(
        p,
        ids.map((id) => ({ id, parentId: parent.id })),
      );
      return result.ok ? result.plan : p;
    }
    case 'dropAside': {
      // A drop that pushes a card aside (shared/edit/resolveOverlaps.ts): one undo step.
      const node = pick(vms, s.vm);
      const parent = pick(targets, s.parent);
      const top = pick(
        p.nodes.filter((n) => n.parentId === null),
        s.top,
      );
      if (!node || !parent || !top) return p;
      const result = moveNodes(p, [
        { id: node.id, parentId: parent.id },
        { id: top.id, parentId: null, position: { x: 4000 + s.top, y: s.vm % 700 } },
      ]);
      return result.ok ? result.plan : p;
    }
    case 'ram': {
      const node = pick(vms, s.node);
      if (!node) return p;
      const result = updateNode(p, node.id, { ramGiB: [0, 4, 8, 32, 64][s.value] });
      return result.ok ? result.plan : p;
    }
    case 'cluster': {
      const node = pick(
        p.nodes.filter((n) => n.kind === 'hypervisor'),
        s.node,
      );
      if (!node) return p;
      const result = updateNode(p, node.id, { cluster: [null, 'a', 'b'][s.value] });
      return result.ok ? result.plan : p;
    }
  }
}

describe('reportState after moves', () => {
  it('equals the report built afresh after every edit, the editor way (derived or built index)', () => {
    let moves = 0;
    let pushedAside = 0;
    fc.assert(
      fc.property(arbitraryPlan, fc.array(step, { minLength: 1, maxLength: 8 }), (start, steps) => {
        let p = start;
        let state: ReportState = reportState(buildPlanIndex(p));
        for (const s of steps) {
          const next = apply(p, s);
          if (next === p) continue;
          const ix = derivePlanIndex(state.index, next);
          if (touchedByMove(state.index, ix)) {
            moves += 1;
            if (s.what === 'dropAside') pushedAside += 1;
          }
          state = reportState(ix, state);
          p = next;
          expect(state.report).toEqual(buildReport(p));
        }
      }),
      { numRuns: 250 },
    );
    // The property must have exercised the move path, not only full rebuilds.
    expect(moves).toBeGreaterThan(120);
    expect(pushedAside).toBeGreaterThan(40);
  }, 120_000);
});

describe('touchedByMove', () => {
  // Two clusters, three hosts; v1 moves from h1 (cluster a) to h3 (cluster b).
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
    server('s4', 'west', { ramGiB: 64 }),
    hypervisor('h4', 's4', { cluster: 'b' }),
    server('s5', null, { ramGiB: 64 }),
    hypervisor('h5', 's5', { cluster: 'c' }),
    vm('v5', 'h5', { ramGiB: 8 }),
  ]);
  const before = buildPlanIndex(sample);

  it('flags the failures a move of a VM can change, in the new positions, children first', () => {
    const moved = moveNodes(sample, [{ id: 'v1', parentId: 'h3' }]);
    if (!moved.ok) throw new Error(moved.reason);
    const after = buildPlanIndex(moved.plan);
    const scope = touchedByMove(before, after);
    expect(scope).not.toBeNull();
    const ids = (scope?.touched.list ?? []).map((i) => after.ids[i]);
    // Cluster c on its own server is untouched; a site holding all of a cluster is not flagged
    // for that cluster, but both sites held v1.
    expect([...ids].sort()).toEqual(
      ['east', 'h1', 'h2', 'h3', 'h4', 's1', 's2', 's3', 's4', 'v1', 'west'].sort(),
    );
    expect(ids.indexOf('v1')).toBeLessThan(ids.indexOf('h3'));
    expect(ids.indexOf('h3')).toBeLessThan(ids.indexOf('s3'));
    // Positions shifted (v1 went last): `from` maps each node to where it was.
    expect(after.ids[after.nodes.length - 1]).toBe('v1');
    expect(before.ids[scope?.from[after.nodes.length - 1] ?? -1]).toBe('v1');
  });

  it('gives up (null) on anything but VMs given other parents', () => {
    const hv = moveNodes(sample, [{ id: 's5', parentId: 'east' }]);
    if (!hv.ok) throw new Error(hv.reason);
    expect(touchedByMove(before, buildPlanIndex(hv.plan))).toBeNull();
    const ram = updateNode(sample, 'v1', { ramGiB: 16 });
    if (!ram.ok) throw new Error(ram.reason);
    expect(touchedByMove(before, buildPlanIndex(ram.plan))).toBeNull();
  });
});
