import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, arbitraryEdit } from '../test-support/arbitraryEdit';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import {
  container,
  hypervisor,
  plan,
  runtime,
  server,
  vm,
  withNode,
} from '../test-support/planBuilder';
import type { PlanNode } from './nodes';
import { buildPlanIndex, type PlanIndex } from './planIndex';
import { changedNodes, derivePlanIndex } from './planIndexDerive';
import { vmMoveMapping } from './planIndexMove';
import { moveNodes, type Move } from '../edit/moveNodes';

/** Every figure of an index as plain data, the lookups' answers included. */
function snapshot(ix: PlanIndex): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ix)) {
    if (typeof value === 'function') continue;
    out[key] = ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value;
  }
  out.indexOf = [...ix.indexOf];
  out.workloadsIn = ix.ids.map((_, i) => ix.workloadsIn(i));
  out.hypervisorsIn = ix.ids.map((_, i) => ix.hypervisorsIn(i));
  out.children = ix.ids.map((id) => ix.childrenOf(id));
  out.getNode = ix.ids.map((id) => ix.getNode(id));
  return out;
}

describe('derivePlanIndex', () => {
  it('equals the index built afresh, after any sequence of edits', () => {
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(arbitraryEdit, { minLength: 1, maxLength: 6 }),
        (start, edits) => {
          let plan = start;
          let ix = buildPlanIndex(plan);
          for (const e of edits) {
            plan = applyEdit(plan, e);
            ix = derivePlanIndex(ix, plan);
            expect(snapshot(ix)).toEqual(snapshot(buildPlanIndex(plan)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the index built afresh after VMs are dropped on other hosts (shared/edit)', () => {
    let renumbered = 0;
    let pushedAside = 0;
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.option(fc.nat())), {
          minLength: 1,
          maxLength: 6,
        }),
        (start, drops) => {
          let plan = start;
          let ix = buildPlanIndex(plan);
          for (const [a, b, two, aside] of drops) {
            const vms = plan.nodes.filter((n) => n.kind === 'vm');
            const hosts = plan.nodes.filter((n) => n.kind === 'hypervisor');
            const tops = plan.nodes.filter((n) => n.parentId === null);
            if (vms.length === 0 || hosts.length === 0) return;
            const ids = [vms[a % vms.length], two ? vms[b % vms.length] : undefined];
            const parentId = (hosts[b % hosts.length] as PlanNode).id;
            const moves: Move[] = [...new Set(ids)].flatMap((n) =>
              n ? [{ id: n.id, parentId }] : [],
            );
            // A card the drop pushes aside (shared/edit/resolveOverlaps.ts) moves in the same edit.
            const top = aside === null ? undefined : tops[aside % tops.length];
            if (top && !moves.some((m) => m.id === top.id))
              moves.push({ id: top.id, parentId: null, position: { x: 5000 + b, y: a % 900 } });
            const result = moveNodes(plan, moves);
            if (!result.ok) continue;
            const mapping = vmMoveMapping(ix, result.plan);
            if (mapping?.moved.length) renumbered += 1;
            if (mapping && top) pushedAside += 1;
            plan = result.plan;
            ix = derivePlanIndex(ix, plan);
            expect(snapshot(ix)).toEqual(snapshot(buildPlanIndex(plan)));
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(renumbered).toBeGreaterThan(100);
    expect(pushedAside).toBeGreaterThan(50);
  }, 120_000);

  it('keeps the tree and the id sort when only fields changed', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.nat(), fc.nat(5), fc.nat(20), (plan, at, field, value) => {
        const before = buildPlanIndex(plan);
        const after = derivePlanIndex(before, applyEdit(plan, { what: 'field', at, field, value }));
        expect(after.sortedById).toBe(before.sortedById);
        expect(after.order).toBe(before.order);
        expect(after.indexOf).toBe(before.indexOf);
      }),
    );
  });

  it('sums demand in the order of a fresh build, so fractional figures match to the bit', () => {
    // The runtime comes before the hypervisor among s's children, but its container after the
    // hypervisor's first VM in the plan: 0.1 + 0.1 + 0.4 + 0.1 is not 0.4 + 0.1 + 0.1 + 0.1.
    const before = plan([
      server('s', null),
      runtime('rt', 's'),
      hypervisor('h', 's', { reservedCpuCores: 0.1 }),
      vm('v1', 'h', { vcpu: 0.2 }),
      container('c', 'rt', { cpu: 0.4 }),
      vm('v2', 'h', { vcpu: 0.1 }),
    ]);
    const after = withNode(before, 'v1', (n) => ({ ...n, vcpu: 0.1 }));
    const derived = derivePlanIndex(buildPlanIndex(before), after);
    expect(derived.cpuDemand[0]).toBe(0.1 + 0.1 + 0.4 + 0.1);
    expect(snapshot(derived)).toEqual(snapshot(buildPlanIndex(after)));
  });

  it('returns the same index for the same plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const ix = buildPlanIndex(plan);
        expect(derivePlanIndex(ix, plan)).toBe(ix);
      }),
    );
  });
});

describe('changedNodes', () => {
  it('lists the positions whose node object changed, or null when the tree changed', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.nat(), (plan, at) => {
        const i = at % plan.nodes.length;
        const node = plan.nodes[i] as PlanNode;
        const renamed = plan.nodes.slice();
        renamed[i] = { ...node, name: 'renamed' };
        expect(changedNodes(plan.nodes, renamed)).toEqual([i]);
        const moved = plan.nodes.slice();
        moved[i] = { ...node, parentId: node.parentId === null ? 'elsewhere' : null };
        expect(changedNodes(plan.nodes, moved)).toBeNull();
        expect(changedNodes(plan.nodes, plan.nodes.slice(1))).toBeNull();
      }),
    );
  });
});
