import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARGIN, roundedPath, routeLink, simplify, STUB } from './linkRoute';
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

/** The route by brute force: every candidate scored in full, the first of the lowest cost. */
function exhaustiveRoute(
  from: { x: number; y: number },
  to: { x: number; y: number },
  obstacles: Rect[],
) {
  type P = { x: number; y: number };
  const crossesRect = (a: P, b: P, r: Rect): boolean =>
    a.y === b.y
      ? a.y > r.y &&
        a.y < r.y + r.height &&
        Math.max(a.x, b.x) > r.x &&
        Math.min(a.x, b.x) < r.x + r.width
      : a.x > r.x &&
        a.x < r.x + r.width &&
        Math.max(a.y, b.y) > r.y &&
        Math.min(a.y, b.y) < r.y + r.height;
  const outX = from.x + STUB;
  const inX = to.x - STUB;
  const near = obstacles.filter(
    (r) =>
      r.x < Math.max(outX, to.x) + MARGIN &&
      r.x + r.width > Math.min(from.x, inX) - MARGIN &&
      r.y < Math.max(from.y, to.y) + 400 &&
      r.y + r.height > Math.min(from.y, to.y) - 400,
  );
  const xs = new Set([outX, inX, Math.round((from.x + to.x) / 2)]);
  const ys = new Set([from.y, to.y]);
  for (const r of near) {
    xs.add(r.x - MARGIN).add(r.x + r.width + MARGIN);
    ys.add(r.y - MARGIN).add(r.y + r.height + MARGIN);
  }
  const candidates: P[][] = [];
  for (const x of xs)
    if (x >= outX && x <= inX) candidates.push([from, { x, y: from.y }, { x, y: to.y }, to]);
  for (const y of ys)
    for (const x1 of xs)
      for (const x2 of [inX, ...xs])
        if (x1 >= outX && x2 <= inX)
          candidates.push([
            from,
            { x: x1, y: from.y },
            { x: x1, y },
            { x: x2, y },
            { x: x2, y: to.y },
            to,
          ]);
  let best: P[] = [from, { x: outX, y: from.y }, { x: outX, y: to.y }, to];
  let bestCost = Infinity;
  for (const c of candidates) {
    let total = 0;
    for (let i = 1; i < c.length; i += 1) {
      total += Math.abs(c[i - 1]!.x - c[i]!.x) + Math.abs(c[i - 1]!.y - c[i]!.y);
      for (const r of near) if (crossesRect(c[i - 1]!, c[i]!, r)) total += 100_000;
    }
    total += 24 * (c.length - 2);
    if (total < bestCost) {
      bestCost = total;
      best = c;
    }
  }
  return simplify(best);
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

  it('chooses exactly the route a full search of its candidates chooses', () => {
    const coord = fc.oneof(
      fc.integer({ min: -900, max: 900 }),
      fc.double({ min: -900, max: 900, noNaN: true }),
    );
    const rect = fc.record({
      x: coord,
      y: coord,
      width: fc.integer({ min: 10, max: 400 }),
      height: fc.integer({ min: 10, max: 300 }),
    });
    fc.assert(
      fc.property(
        coord,
        coord,
        coord,
        coord,
        fc.array(rect, { maxLength: 14 }),
        (fx, fy, tx, ty, rects) => {
          const from = { x: fx, y: fy };
          const to = { x: tx, y: ty };
          expect(routeLink(from, to, rects)).toEqual(exhaustiveRoute(from, to, rects));
        },
      ),
      { numRuns: 150 },
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
