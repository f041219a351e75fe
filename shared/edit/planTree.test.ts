import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { applyEdit, arbitraryEdit } from '../test-support/arbitraryEdit';
import { arbitraryPlan } from '../test-support/arbitraryPlan';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';
import { moveNodes, type Move } from './moveNodes';
import { buildPlanTree, planTree, PlanTreeBuilder, treeMove, type PlanTree } from './planTree';

/** Everything a tree answers, as plain data. */
function contents(tree: PlanTree, p: Plan) {
  return {
    // Maps and sets: the lookups answer the same, in whatever order the maps hold their keys.
    byId: new Map(tree.byId),
    values: new Set(tree.byId.values()),
    keys: new Set(tree.byId.keys()),
    size: tree.byId.size,
    roots: tree.roots,
    children: new Map(tree.children),
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

  it('after drops (other parents, moved last; cards pushed aside), derives and answers as built afresh', () => {
    let derived = 0;
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.nat())), { minLength: 1, maxLength: 6 }),
        (start, drops) => {
          let p = start;
          planTree(p);
          for (const [a, b, aside] of drops) {
            const node = p.nodes[a % p.nodes.length] as PlanNode;
            const parent = p.nodes[b % p.nodes.length] as PlanNode;
            const moves: Move[] = [{ id: node.id, parentId: parent.id }];
            const top = aside === null ? undefined : p.nodes.find((n) => n.parentId === null);
            if (top && top.id !== node.id)
              moves.push({ id: top.id, parentId: null, position: { x: aside ?? 0, y: a % 500 } });
            const result = moveNodes(p, moves);
            if (!result.ok) continue;
            p = result.plan;
            const tree = planTree(p);
            if (treeMove(tree)) derived += 1;
            expect(contents(tree, p)).toEqual(contents(buildPlanTree(p), p));
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(derived).toBeGreaterThan(40);
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
