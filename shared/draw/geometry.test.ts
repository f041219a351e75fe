import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPlan } from '../layout/planLayout';
import { estate, twoHostPlan } from '../test-support/plans';
import {
  EXPORT_MARGIN,
  MAX_IMAGE_SIDE,
  imageFrame,
  linkCurves,
  nodeRects,
  planBounds,
  type LinkCurve,
} from './geometry';

function pointOn(c: LinkCurve, t: number): { x: number; y: number } {
  const u = 1 - t;
  const mix = (a: number, b: number, p: number, q: number): number =>
    u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * p + t * t * t * q;
  return {
    x: mix(c.start.x, c.control1.x, c.control2.x, c.end.x),
    y: mix(c.start.y, c.control1.y, c.control2.y, c.end.y),
  };
}

describe('nodeRects', () => {
  it('gives every node its absolute rectangle, each child inside its parent', () => {
    const plan = twoHostPlan();
    const rects = nodeRects(layoutPlan(plan));
    expect(rects.map((r) => r.node.id).sort()).toEqual(plan.nodes.map((n) => n.id).sort());
    const byId = new Map(rects.map((r) => [r.node.id, r]));
    for (const r of rects) {
      const parent = r.node.parentId === null ? undefined : byId.get(r.node.parentId);
      if (!parent) {
        expect(r.depth).toBe(0);
        continue;
      }
      expect(r.depth).toBe(parent.depth + 1);
      expect(parent.hasChildren).toBe(true);
      expect(r.x).toBeGreaterThan(parent.x);
      expect(r.y).toBeGreaterThan(parent.y);
      expect(r.x + r.width).toBeLessThan(parent.x + parent.width);
      expect(r.y + r.height).toBeLessThan(parent.y + parent.height);
    }
    expect(byId.get('c1')?.hasChildren).toBe(false);
    expect(byId.get('c1')?.depth).toBe(5);
    // Parents come before their children: the drawing order paints children on top.
    const seen = new Set<string>();
    for (const r of rects) {
      if (r.node.parentId !== null) expect(seen.has(r.node.parentId)).toBe(true);
      seen.add(r.node.id);
    }
  });
});

describe('planBounds', () => {
  it('holds every node, touching the outermost ones', () => {
    const rects = nodeRects(layoutPlan(twoHostPlan()));
    const b = planBounds(rects);
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(b.x);
      expect(r.y).toBeGreaterThanOrEqual(b.y);
      expect(r.x + r.width).toBeLessThanOrEqual(b.x + b.width);
      expect(r.y + r.height).toBeLessThanOrEqual(b.y + b.height);
    }
    expect(Math.min(...rects.map((r) => r.x))).toBe(b.x);
    expect(Math.max(...rects.map((r) => r.y + r.height))).toBe(b.y + b.height);
  });

  it('is empty at the origin for an empty plan', () => {
    expect(planBounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('imageFrame', () => {
  it('is the bounds plus the margin, times the scale', () => {
    const frame = imageFrame({ x: -100, y: 50, width: 1000, height: 600.5 }, 2);
    expect(frame).toEqual({
      width: (1000 + 2 * EXPORT_MARGIN) * 2,
      height: Math.ceil((600.5 + 2 * EXPORT_MARGIN) * 2),
      scale: 2,
      requestedScale: 2,
      capped: false,
      origin: { x: -100 - EXPORT_MARGIN, y: 50 - EXPORT_MARGIN },
    });
    expect(imageFrame({ x: 0, y: 0, width: 0, height: 0 }, 1)).toMatchObject({
      width: 80,
      height: 80,
    });
  });

  it('lowers the scale so that no side passes 16,384 px', () => {
    const frame = imageFrame({ x: 0, y: 0, width: 20_000, height: 5_000 }, 2);
    expect(frame.capped).toBe(true);
    expect(frame.width).toBe(MAX_IMAGE_SIDE);
    expect(frame.scale).toBeCloseTo(MAX_IMAGE_SIDE / 20_080, 10);
    expect(frame.height).toBe(Math.ceil(5_080 * frame.scale));
    expect(imageFrame({ x: 0, y: 0, width: 4_016, height: 100 }, 4).capped).toBe(false);
    expect(imageFrame({ x: 0, y: 0, width: 4_017, height: 100 }, 4).capped).toBe(true);
  });

  it('never passes the cap and keeps the requested scale whenever it fits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200_000, noNaN: true }),
        fc.double({ min: 0, max: 200_000, noNaN: true }),
        fc.constantFrom(1, 2, 3, 4),
        (width, height, scale) => {
          const frame = imageFrame({ x: 0, y: 0, width, height }, scale);
          expect(frame.width).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
          expect(frame.height).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
          expect(frame.scale).toBeLessThanOrEqual(scale);
          if (!frame.capped) {
            expect(frame.width).toBe(Math.ceil((width + 2 * EXPORT_MARGIN) * scale));
            expect(frame.height).toBe(Math.ceil((height + 2 * EXPORT_MARGIN) * scale));
          } else {
            expect(Math.max(frame.width, frame.height)).toBe(MAX_IMAGE_SIDE);
          }
        },
      ),
    );
  });
});

describe('linkCurves', () => {
  it('runs from the right of `from` to the left of `to`, inside the exported margin', () => {
    const plan = {
      ...twoHostPlan(),
      links: [
        { id: 'fwd', from: 'v2', to: 'v3' },
        { id: 'back', from: 'v3', to: 'v1' },
        { id: 'self', from: 'v1', to: 'v1' },
      ],
    };
    const rects = nodeRects(layoutPlan(plan));
    const byId = new Map(rects.map((r) => [r.node.id, r]));
    const b = planBounds(rects);
    const curves = linkCurves(plan.links, rects);
    expect(curves.map((c) => c.id)).toEqual(['fwd', 'back', 'self']);
    for (const c of curves) {
      const link = plan.links.find((l) => l.id === c.id);
      const from = byId.get(link?.from ?? '');
      const to = byId.get(link?.to ?? '');
      expect(c.start.x).toBe((from?.x ?? NaN) + (from?.width ?? NaN));
      expect(c.end.x).toBe(to?.x);
      for (let t = 0; t <= 1; t += 0.05) {
        const p = pointOn(c, t);
        expect(p.x).toBeGreaterThan(b.x - EXPORT_MARGIN);
        expect(p.x).toBeLessThan(b.x + b.width + EXPORT_MARGIN);
      }
    }
  });

  it('skips links whose ends are not laid out', () => {
    const rects = nodeRects(layoutPlan(estate(1, 1, 2)));
    expect(linkCurves([{ id: 'x', from: 'nope', to: 's0-0-vm0' }], rects)).toEqual([]);
  });
});
