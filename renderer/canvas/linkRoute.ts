/**
 * An orthogonal route for a dependency link, pure: out of the source's right handle, into the
 * target's left handle, around the cards in between. Candidates are the few shapes a person would
 * draw (a Z through a vertical channel, or a detour along a horizontal channel above or below the
 * cards in the way); each is scored by length and bends, and any that crosses a card loses to any
 * that does not. The last segment always enters the target horizontally, so the arrowhead sits on
 * the dependency's handle.
 */
import type { Point } from '../../shared/model/nodes';
import type { Rect } from '../../shared/layout/planLayout';

/** How far a route leaves a handle before it turns, and how far it keeps from a card. */
export const STUB = 20;
export const MARGIN = 12;
const BEND_COST = 24;
const CROSS_COST = 100_000;

function crossesRect(a: Point, b: Point, r: Rect): boolean {
  if (a.y === b.y) {
    const [x1, x2] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
    return a.y > r.y && a.y < r.y + r.height && x2 > r.x && x1 < r.x + r.width;
  }
  const [y1, y2] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  return a.x > r.x && a.x < r.x + r.width && y2 > r.y && y1 < r.y + r.height;
}

const length = (a: Point, b: Point): number => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);

/**
 * Length, bends and crossings, summed in this order; Infinity as soon as the sum reaches `limit`
 * (every term is non-negative, so the route could no longer win).
 */
function cost(points: readonly Point[], obstacles: readonly Rect[], limit: number): number {
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    total += length(a, b);
    if (total >= limit) return Infinity;
    for (const r of obstacles) {
      if (!crossesRect(a, b, r)) continue;
      total += CROSS_COST;
      if (total >= limit) return Infinity;
    }
  }
  return total + BEND_COST * (points.length - 2);
}

/** The same sum without crossings: no route through these corners costs less. */
function floorCost(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i += 1)
    total += length(points[i - 1] as Point, points[i] as Point);
  return total + BEND_COST * (points.length - 2);
}

/** floorCost of the detour along `y` (turning at x1 and x2), without making its corners. */
function detourFloor(from: Point, to: Point, x1: number, y: number, x2: number): number {
  let total = Math.abs(from.x - x1) + Math.abs(from.y - from.y);
  total += Math.abs(x1 - x1) + Math.abs(from.y - y);
  total += Math.abs(x1 - x2) + Math.abs(y - y);
  total += Math.abs(x2 - x2) + Math.abs(y - to.y);
  total += Math.abs(x2 - to.x) + Math.abs(to.y - to.y);
  return total + BEND_COST * 4;
}

function between(a: number, m: number, b: number): boolean {
  return (a <= m && m <= b) || (b <= m && m <= a);
}

/** Drops repeated points and points in the middle of a straight run (not where a run turns back). */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x && between(before.y, last.y, p.y)) ||
        (before.y === last.y && last.y === p.y && between(before.x, last.x, p.x)))
    )
      out.pop();
    out.push(p);
  }
  return out;
}

/** The route's corners, from `from` to `to`; `obstacles` are the cards it should go around. */
export function routeLink(from: Point, to: Point, obstacles: readonly Rect[]): Point[] {
  const outX = from.x + STUB;
  const inX = to.x - STUB;
  const near = obstacles.filter(
    (r) =>
      r.x < Math.max(outX, to.x) + MARGIN &&
      r.x + r.width > Math.min(from.x, inX) - MARGIN &&
      r.y < Math.max(from.y, to.y) + 400 &&
      r.y + r.height > Math.min(from.y, to.y) - 400,
  );
  const xs = new Set<number>([outX, inX, Math.round((from.x + to.x) / 2)]);
  const ys = new Set<number>([from.y, to.y]);
  for (const r of near) {
    xs.add(r.x - MARGIN);
    xs.add(r.x + r.width + MARGIN);
    ys.add(r.y - MARGIN);
    ys.add(r.y + r.height + MARGIN);
  }
  // The candidates in a fixed order, the first of the lowest cost winning. Most are ruled out by
  // their length and bends alone, before their corners are even made (the number of candidates
  // grows with the cube of the cards nearby, and a structural edit reroutes every link in view).
  let best: Point[] = [from, { x: outX, y: from.y }, { x: outX, y: to.y }, to];
  let bestCost = Infinity;
  const consider = (corners: Point[]): void => {
    if (floorCost(corners) >= bestCost) return;
    const score = cost(corners, near, bestCost);
    if (score < bestCost) {
      bestCost = score;
      best = corners;
    }
  };
  for (const x of xs) {
    if (x >= outX && x <= inX) consider([from, { x, y: from.y }, { x, y: to.y }, to]);
  }
  const lastXs = [inX, ...xs];
  for (const y of ys) {
    for (const x1 of xs) {
      if (x1 < outX) continue;
      for (const x2 of lastXs) {
        if (x2 > inX || detourFloor(from, to, x1, y, x2) >= bestCost) continue;
        consider([from, { x: x1, y: from.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: to.y }, to]);
      }
    }
  }
  if (!Number.isFinite(bestCost)) best = [from, { x: outX, y: from.y }, { x: outX, y: to.y }, to];
  return simplify(best);
}

/** An SVG path through the route's corners, each rounded with a radius of at most `radius`. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i += 1) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const r = Math.min(
      radius,
      (Math.abs(p.x - prev.x) + Math.abs(p.y - prev.y)) / 2,
      (Math.abs(next.x - p.x) + Math.abs(next.y - p.y)) / 2,
    );
    const inDir = { x: Math.sign(p.x - prev.x), y: Math.sign(p.y - prev.y) };
    const outDir = { x: Math.sign(next.x - p.x), y: Math.sign(next.y - p.y) };
    d += ` L ${p.x - inDir.x * r} ${p.y - inDir.y * r} Q ${p.x} ${p.y} ${p.x + outDir.x * r} ${p.y + outDir.y * r}`;
  }
  return d;
}
