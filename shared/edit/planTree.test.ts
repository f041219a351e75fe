import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { applyEdit, arbitraryEdit } from '../test-support/arbitraryEdit';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';
import { buildPlanTree, planTree, PlanTreeBuilder, type PlanTree } from './planTree';

/** Everything a tree answers, as plain data. */
function contents(tree: PlanTree, p: Plan) {
  return {
    byId: [...tree.byId],
    values: [...tree.byId.values()],
    keys: [...tree.byId.keys()],
    size: tree.byId.size,
    roots: tree.roots,
    children: [...tree.children],
    lookups: p.nodes.map((n) => [tree.getNode(n.id), tree.childrenOf(n.id), tree.byId.has(n.id)]),
  };
}

describe('planTree', () => {
  it('after any sequence of edits, answers as the tree built afresh', () => {
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(arbitraryEdit, { minLength: 1, maxLength: 8 }),
        (start, edits) => {
          let p = start;
          planTree(p);
          for (const e of edits) {
            p = applyEdit(p, e);
            expect(contents(planTree(p), p)).toEqual(contents(buildPlanTree(p), p));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps its shape token across field edits and renews it when the tree changes', () => {
    const p = plan([server('s1', null), hypervisor('h1', 's1'), vm('v1', 'h1'), vm('v2', 'h1')]);
    const before = planTree(p);
    const renamed: Plan = {
      ...p,
      nodes: p.nodes.map((n) => (n.id === 'v1' ? { ...n, name: 'web' } : n)),
    };
    expect(planTree(renamed).shape).toBe(before.shape);
    expect(
      planTree(renamed)
        .childrenOf('h1')
        .map((n) => n.name),
    ).toEqual(['web', 'v2']);
    expect(before.childrenOf('h1').map((n) => n.name)).toEqual(['v1', 'v2']);
    const moved: Plan = {
      ...renamed,
      nodes: renamed.nodes.map((n) => (n.id === 'v2' ? { ...n, parentId: null } : n)),
    };
    expect(planTree(moved).shape).not.toBe(before.shape);
  });

  it('stays right over many edits of many nodes', () => {
    const vms = Array.from({ length: 400 }, (_, i) => vm(`v${i}`, 'h1'));
    let p = plan([server('s1', null), hypervisor('h1', 's1'), ...vms]);
    planTree(p);
    for (let i = 0; i < 300; i++) {
      const nodes = p.nodes.slice();
      const at = 2 + ((i * 7) % 400);
      nodes[at] = { ...(nodes[at] as PlanNode), name: `edited ${i}` };
      p = { ...p, nodes };
      planTree(p);
    }
    expect(contents(planTree(p), p)).toEqual(contents(buildPlanTree(p), p));
  });

  it('built a slice at a time, answers as the tree built at once, and planTree returns it', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.integer({ min: 1, max: 7 }), (whole, slice) => {
        const p: Plan = { ...whole, nodes: whole.nodes.slice() };
        const builder = new PlanTreeBuilder();
        for (let i = 0; i < p.nodes.length; i += slice) builder.add(p.nodes.slice(i, i + slice));
        const tree = builder.finish(p);
        expect(planTree(p)).toBe(tree);
        expect(planTree({ ...p, view: { x: 0, y: 0, zoom: 1 } })).toBe(tree);
        expect(contents(tree, p)).toEqual(contents(buildPlanTree(p), p));
      }),
      { numRuns: 200 },
    );
  });
});
