import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundedPath, routeLink, STUB } from './linkRoute';
import type { Rect } from '../../shared/layout/planLayout';

const inside = (p: { x: number; y: number }, r: Rect) =>
  p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

/** Samples every segment of the route every pixel and reports whether any sample lies inside a card. */
function crosses(points: { x: number; y: number }[], rects: Rect[]): boolean {
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const steps = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
    for (let s = 0; s <= steps; s += 1) {
      const t = steps === 0 ? 0 : s / steps;
      if (rects.some((r) => inside({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, r)))
        return true;
    }
  }
  return false;
}

describe('routeLink', () => {
  it('goes around a card between the two ends (web → api past monitoring)', () => {
    const monitoring = { x: 240, y: -40, width: 200, height: 96 };
    const route = routeLink({ x: 200, y: 0 }, { x: 480, y: 0 }, [monitoring]);
    expect(crosses(route, [monitoring])).toBe(false);
  });

  it('is orthogonal, leaves and enters horizontally, and ends on the handles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800, max: 800 }),
        fc.integer({ min: -800, max: 800 }),
        fc.array(
          fc.record({
            x: fc.integer({ min: -800, max: 800 }),
            y: fc.integer({ min: -800, max: 800 }),
            width: fc.integer({ min: 20, max: 300 }),
            height: fc.integer({ min: 20, max: 200 }),
          }),
          { maxLength: 8 },
        ),
        (tx, ty, rects) => {
          const from = { x: 0, y: 0 };
          const to = { x: tx, y: ty };
          const route = routeLink(from, to, rects);
          expect(route[0]).toEqual(from);
          expect(route.at(-1)).toEqual(to);
          for (let i = 1; i < route.length; i += 1) {
            const a = route[i - 1]!;
            const b = route[i]!;
            expect(a.x === b.x || a.y === b.y).toBe(true);
          }
          expect(route[1]!.y).toBe(0);
          expect(route.at(-2)!.y).toBe(ty);
          if (route.length > 2) expect(route.at(-2)!.x).toBeLessThanOrEqual(tx - Math.min(STUB, 0));
        },
      ),
    );
  });

  it('avoids cards whenever a clear route of its shapes exists', () => {
    const a = { x: 100, y: -100, width: 100, height: 300 };
    const b = { x: 300, y: -300, width: 100, height: 250 };
    const route = routeLink({ x: 0, y: 0 }, { x: 600, y: 40 }, [a, b]);
    expect(crosses(route, [a, b])).toBe(false);
  });
});

describe('roundedPath', () => {
  it('draws straight runs and rounds each corner', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 50, y: 0 },
      ]),
    ).toBe('M 0 0 L 50 0');
    const d = roundedPath([
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 50, y: 50 },
      { x: 100, y: 50 },
    ]);
    expect(d).toContain('Q 50 0 50 8');
    expect(d.endsWith('L 100 50')).toBe(true);
  });
});
