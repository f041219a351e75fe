import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';
import { layoutPlan } from '../layout/planLayout';
import { NUDGE_GRID, nudgeNodes } from './nudge';

const base = plan([
  server('a', null, { position: { x: 0, y: 0 } }),
  hypervisor('h', 'a'),
  vm('v', 'h'),
  server('b', null, { position: { x: 600, y: 0 } }),
  server('c', null),
]);

const positionOf = (p: typeof base, id: string) => p.nodes.find((n) => n.id === id)?.position;

describe('nudgeNodes', () => {
  it('moves the selected top-level cards by the step', () => {
    const r = nudgeNodes(base, ['a', 'b'], NUDGE_GRID, -1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(positionOf(r.plan, 'a')).toEqual({ x: 20, y: -1 });
    expect(positionOf(r.plan, 'b')).toEqual({ x: 620, y: -1 });
    expect(r.ids).toEqual(['a', 'b']);
  });

  it('moves a card the layout placed from where it is drawn', () => {
    const drawn = layoutPlan(base).boxes.get('c')!;
    const r = nudgeNodes(base, ['c'], 1, 0);
    expect(r.ok && positionOf(r.plan, 'c')).toEqual({ x: drawn.x + 1, y: drawn.y });
  });

  it('moves a card from where the layout draws it, and pins the others where they are drawn', () => {
    const overlapping = plan([
      server('p', null, { position: { x: 0, y: 0 } }),
      server('q', null, { position: { x: 10, y: 0 } }),
    ]);
    const drawn = layoutPlan(overlapping).boxes;
    expect(['p', 'q'].map((id) => [drawn.get(id)?.x, drawn.get(id)?.y])).not.toEqual([[0, 0], [10, 0]]);
    const r = nudgeNodes(overlapping, ['q'], 1, 0);
    if (!r.ok) throw new Error(r.reason);
    expect(positionOf(r.plan, 'q')).toEqual({ x: drawn.get('q')!.x + 1, y: drawn.get('q')!.y });
    expect(positionOf(r.plan, 'p')).toEqual({ x: drawn.get('p')!.x, y: drawn.get('p')!.y });
    expect(r.ids).toEqual(['q']);
  });

  it('moves a selected child with its top-level card only when the card is selected', () => {
    const r = nudgeNodes(base, ['a', 'v'], 0, 1);
    expect(r.ok && r.ids).toEqual(['a']);
    const child = nudgeNodes(base, ['v'], 0, 1);
    expect(child.ok).toBe(false);
    expect(!child.ok && child.reason).toMatch(/top-level/);
  });

  it('moves the drawn card by exactly the step, the rest stay drawn where they were (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 2000 }), y: fc.integer({ min: 0, max: 2000 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -40, max: 40 }),
        (places, dx, dy) => {
          const p = plan(places.map((position, i) => server(`s${i}`, null, { position })));
          const before = layoutPlan(p).boxes;
          const r = nudgeNodes(p, ['s0'], dx, dy);
          if (!r.ok) throw new Error(r.reason);
          const b0 = before.get('s0')!;
          expect(positionOf(r.plan, 's0')).toEqual({ x: b0.x + dx, y: b0.y + dy });
          for (let i = 1; i < places.length; i += 1) {
            const b = before.get(`s${i}`)!;
            expect(positionOf(r.plan, `s${i}`)).toEqual({ x: b.x, y: b.y });
          }
        },
      ),
    );
  });

  it('adds up: n nudges of 1 land where one nudge of n does (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -1, max: 1 }), (n, sign) => {
        let p = base;
        for (let i = 0; i < n; i += 1) {
          const r = nudgeNodes(p, ['b'], sign, 0);
          if (!r.ok) throw new Error(r.reason);
          p = r.plan;
        }
        const once = nudgeNodes(base, ['b'], sign * n, 0);
        expect(once.ok && positionOf(once.plan, 'b')).toEqual(positionOf(p, 'b'));
      }),
    );
  });
});
