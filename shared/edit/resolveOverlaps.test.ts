import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { NodeKind } from '../model/nodes';
import type { Plan } from '../model/plan';
import { layoutPlan, type Box } from '../layout/planLayout';
import { boxesOverlap, separate } from '../layout/separate';
import { loadPlan } from '../load/loadPlan';
import { node, plan } from '../test-support/plans';
import {
  addNode,
  deleteSubtrees,
  moveNode,
  resolveOverlaps,
  settled,
  type EditResult,
} from './index';

/** Every pair of top-level cards, and every pair of siblings, that overlap on the canvas. */
function overlapping(p: Plan): string[] {
  const layout = layoutPlan(p);
  const groups = new Map<string | null, { id: string; box: Box }[]>();
  for (const n of layout.order) {
    const box = layout.boxes.get(n.id);
    if (!box) continue;
    const list = groups.get(n.parentId) ?? [];
    list.push({ id: n.id, box });
    groups.set(n.parentId, list);
  }
  const pairs: string[] = [];
  for (const list of groups.values())
    for (let i = 0; i < list.length; i += 1)
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i];
        const b = list[j];
        if (a && b && boxesOverlap({ id: a.id, ...a.box }, { id: b.id, ...b.box }))
          pairs.push(`${a.id}/${b.id}`);
      }
  return pairs;
}

/** True when the layout shows every top-level card at its saved position (nothing left to resolve). */
function savedAsShown(p: Plan): boolean {
  const layout = layoutPlan(p);
  return p.nodes.every((n) => {
    if (n.parentId !== null || !n.position) return true;
    const box = layout.boxes.get(n.id);
    return box?.x === n.position.x && box.y === n.position.y;
  });
}

type Step =
  | { what: 'add'; kind: NodeKind; at: number; x: number; y: number; top: boolean }
  | { what: 'move'; at: number; x: number; y: number }
  | { what: 'delete'; at: number };

const KINDS: NodeKind[] = ['site', 'server', 'hypervisor', 'vm', 'runtime', 'container'];
const coord = fc.integer({ min: -200, max: 1400 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      what: fc.constant('add' as const),
      kind: fc.constantFrom(...KINDS),
      at: fc.nat(),
      x: coord,
      y: coord,
      top: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ what: fc.constant('move' as const), at: fc.nat(), x: coord, y: coord }),
  },
  { weight: 1, arbitrary: fc.record({ what: fc.constant('delete' as const), at: fc.nat() }) },
);

function apply(p: Plan, s: Step): EditResult {
  const target = p.nodes.length > 0 ? p.nodes[s.at % p.nodes.length] : undefined;
  switch (s.what) {
    case 'add':
      return s.top || !target
        ? addNode(p, { kind: s.kind }, null, { x: s.x, y: s.y })
        : addNode(p, { kind: s.kind }, target.id);
    case 'move':
      return target
        ? moveNode(p, target.id, null, { x: s.x, y: s.y })
        : addNode(p, { kind: 'site' }, null);
    case 'delete':
      return target ? deleteSubtrees(p, [target.id]) : addNode(p, { kind: 'site' }, null);
  }
}

describe('resolveOverlaps', () => {
  it('leaves no two top-level cards or siblings overlapping after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        let p = plan([]);
        for (const s of steps) {
          const result = settled(apply(p, s));
          if (result.ok) p = result.plan;
          expect(overlapping(p)).toEqual([]);
          expect(savedAsShown(p)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the card the edit touched in place and moves its neighbour aside', () => {
    const p = plan([
      node('server', 'a', null, { position: { x: 0, y: 0 } }),
      node('server', 'b', null, { position: { x: 300, y: 0 } }),
    ]);
    const dropped = settled(moveNode(p, 'b', null, { x: 100, y: 20 }));
    if (!dropped.ok) throw new Error(dropped.reason);
    const at = (id: string) => dropped.plan.nodes.find((n) => n.id === id)?.position;
    expect(at('b')).toEqual({ x: 100, y: 20 });
    expect(at('a')).not.toEqual({ x: 0, y: 0 });
    expect(overlapping(dropped.plan)).toEqual([]);
  });

  it('returns the same plan when nothing overlaps', () => {
    const p = plan([node('site', 's', null, { position: { x: 0, y: 0 } })]);
    expect(resolveOverlaps(p, ['s'])).toBe(p);
  });

  it('opens every example without overlap', () => {
    const dir = new URL('../../examples/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.strata'))) {
      const loaded = loadPlan(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
      if (!loaded.ok) throw new Error(`${file}: does not load`);
      expect(overlapping(loaded.plan), file).toEqual([]);
    }
  });
});

describe('separate', () => {
  it('moves nothing that does not overlap, and only ever right or down', () => {
    const box = fc.record({
      x: coord,
      y: coord,
      width: fc.integer({ min: 1, max: 600 }),
      height: fc.integer({ min: 1, max: 600 }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 30 }),
        fc.array(fc.nat(29), { maxLength: 3 }),
        (raw, fixedAt) => {
          const boxes = raw.map((b, i) => ({ id: `n${i}`, ...b }));
          const moved = separate(boxes, new Set(fixedAt.map((i) => `n${i}`)));
          const final = boxes.map((b) => ({ ...b, ...(moved.get(b.id) ?? {}) }));
          for (let i = 0; i < final.length; i += 1) {
            const a = final[i]!;
            const was = boxes[i]!;
            expect(a.x >= was.x && a.y >= was.y).toBe(true);
            for (let j = i + 1; j < final.length; j += 1)
              expect(boxesOverlap(a, final[j]!)).toBe(false);
          }
        },
      ),
    );
  });
});
