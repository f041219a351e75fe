import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estate, node, plan, twoHostPlan } from '../test-support/plans';
import { CARD, PAD } from './cardMetrics';
import { gridColumns, gridPlace, layoutPlan, type Box, type PlanLayout } from './planLayout';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { moveNodes } from '../edit/moveNodes';
import { planTree, treeMove } from '../edit/planTree';
import { applyEdit, arbitraryEdit } from '../test-support/arbitraryEdit';
import { arbitraryPlan } from '../test-support/arbitraryPlan';

function layoutContents(layout: PlanLayout) {
  return {
    order: layout.order.map((n) => n.id),
    boxes: new Map(layout.boxes),
    absolute: new Map(layout.absolute),
  };
}

/** The layout measured afresh: another plan in between, so the copy's tree is built anew. */
function freshLayout(p: Plan): PlanLayout {
  const copy: Plan = { ...p, nodes: p.nodes.map((n) => ({ ...n })) };
  planTree({ ...p, nodes: [] });
  expect(treeMove(planTree(copy))).toBeUndefined();
  return layoutPlan(copy);
}

describe('layoutPlan after a move', () => {
  it('measures again only what the move changed, and lays out as afresh', () => {
    let derived = 0;
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.array(fc.oneof(arbitraryEdit, fc.tuple(fc.nat(), fc.nat())), {
          minLength: 1,
          maxLength: 6,
        }),
        (start, steps) => {
          let p = start;
          layoutPlan(p);
          for (const step of steps) {
            if (Array.isArray(step)) {
              // A drop through shared/edit: the node goes last, under its new parent.
              const [a, b] = step;
              const node = p.nodes[a % p.nodes.length] as PlanNode;
              const parent = p.nodes[b % p.nodes.length] as PlanNode;
              const result = moveNodes(p, [{ id: node.id, parentId: parent.id }]);
              if (!result.ok) continue;
              p = result.plan;
            } else p = applyEdit(p, step);
            const layout = layoutPlan(p);
            if (treeMove(planTree(p))) derived += 1;
            expect(layoutContents(layout)).toEqual(layoutContents(freshLayout(p)));
            // The next step derives from this plan's tree, not from the fresh copy's.
            layoutPlan(p);
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(derived).toBeGreaterThan(40);
  });
});

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('gridColumns', () => {
  it('makes one column for one cell and about a 1.6 aspect for many', () => {
    expect(gridColumns(1, { width: 200, height: 100 })).toBe(1);
    expect(gridColumns(16, { width: 100, height: 100 })).toBe(5);
    expect(gridColumns(3, { width: 100, height: 100 })).toBeLessThanOrEqual(3);
  });
});

describe('gridPlace', () => {
  it('never overlaps cells and sizes the grid to hold them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            width: fc.integer({ min: 10, max: 600 }),
            height: fc.integer({ min: 10, max: 400 }),
          }),
          { maxLength: 40 },
        ),
        (sizes) => {
          const { cells, size } = gridPlace(sizes, { x: 0, y: 0 });
          const boxes = sizes.map((s, i) => ({ ...(cells[i] ?? { x: 0, y: 0 }), ...s }));
          for (let i = 0; i < boxes.length; i += 1) {
            const a = boxes[i] as Box;
            expect(a.x + a.width).toBeLessThanOrEqual(size.width + 1e-9);
            expect(a.y + a.height).toBeLessThanOrEqual(size.height + 1e-9);
            for (let j = i + 1; j < boxes.length; j += 1)
              expect(overlaps(a, boxes[j] as Box)).toBe(false);
          }
        },
      ),
    );
  });
});

describe('layoutPlan', () => {
  it('lists parents before their children', () => {
    const layout = layoutPlan(twoHostPlan());
    const seen = new Set<string>();
    for (const n of layout.order) {
      if (n.parentId !== null) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
    expect(layout.order).toHaveLength(11);
  });

  it('keeps top-level positions and sizes leaves by kind', () => {
    const layout = layoutPlan(twoHostPlan());
    expect(layout.boxes.get('site1')).toMatchObject({ x: 0, y: 0 });
    expect(layout.boxes.get('s3')).toMatchObject({
      x: 2000,
      y: 0,
      width: CARD.server.width,
      height: CARD.server.height,
    });
    expect(layout.boxes.get('c1')).toMatchObject({
      width: CARD.container.width,
      height: CARD.container.height,
    });
  });

  it('places children below the parent header, inside the parent, and grows parents to fit', () => {
    const layout = layoutPlan(twoHostPlan());
    const h1 = layout.boxes.get('h1') as Box;
    const v1 = layout.boxes.get('v1') as Box;
    expect(v1.x).toBeGreaterThanOrEqual(PAD);
    expect(v1.y).toBeGreaterThanOrEqual(CARD.hypervisor.header);
    expect(v1.x + v1.width).toBeLessThanOrEqual(h1.width);
    expect(v1.y + v1.height).toBeLessThanOrEqual(h1.height);
    // v1 holds a runtime, so it is larger than a bare VM card.
    expect(v1.height).toBeGreaterThan(CARD.vm.height);
  });

  it('lays a 500-node estate out in order: children inside parents, siblings apart, absolute positions consistent', () => {
    const p = estate(4, 12, 9);
    expect(p.nodes.length).toBeGreaterThanOrEqual(500);
    const layout = layoutPlan(p);
    const children = new Map<string | null, string[]>();
    for (const n of p.nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
    for (const [parentId, ids] of children) {
      const boxes = ids.map((id) => layout.boxes.get(id) as Box);
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1)
          expect(overlaps(boxes[i] as Box, boxes[j] as Box)).toBe(false);
      }
      if (parentId === null) continue;
      const parent = layout.boxes.get(parentId) as Box;
      const parentAt = layout.absolute.get(parentId);
      for (const [i, box] of boxes.entries()) {
        expect(box.x + box.width).toBeLessThanOrEqual(parent.width);
        expect(box.y + box.height).toBeLessThanOrEqual(parent.height);
        const at = layout.absolute.get(ids[i] as string);
        expect(at).toEqual({ x: (parentAt?.x ?? 0) + box.x, y: (parentAt?.y ?? 0) + box.y });
      }
    }
  });

  it('packs unpositioned top-level nodes below the positioned ones', () => {
    const p = plan([
      node('server', 'a', null, { position: { x: 0, y: 0 } }),
      node('server', 'b', null),
      node('server', 'c', null),
    ]);
    const layout = layoutPlan(p);
    const a = layout.boxes.get('a') as Box;
    const b = layout.boxes.get('b') as Box;
    const c = layout.boxes.get('c') as Box;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(overlaps(b, c)).toBe(false);
  });
});
