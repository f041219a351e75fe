import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estate, node, plan } from '../../shared/test-support/plans';
import { layoutPlan } from '../../shared/layout/planLayout';
import {
  KIND_COLOUR,
  MINIMAP_PAD,
  MINIMAP_SIZE,
  centredOn,
  fitFrame,
  layerPlacement,
  minimapShapes,
  rectOnMinimap,
  toFlow,
  toMinimap,
  unionRect,
  viewRect,
  wheelZoom,
  zoomAroundCentre,
  type Rect,
} from './minimapGeometry';

const rect = fc.record({
  x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  width: fc.double({ min: 1, max: 1e5, noNaN: true }),
  height: fc.double({ min: 1, max: 1e5, noNaN: true }),
});
const PANE = { width: 1600, height: 1000 };

function close(a: number, b: number, digits = 6): void {
  expect(a).toBeCloseTo(b, digits);
}

describe('minimapShapes', () => {
  it('draws top-level nodes, servers and hypervisors, parents first, bounded by the top level', () => {
    const p = estate(2, 3, 4);
    const layout = layoutPlan(p);
    const { shapes, bounds } = minimapShapes(layout);
    const drawn = layout.order.filter((n) => n.parentId === null || n.kind === 'server' || n.kind === 'hypervisor');
    expect(shapes).toHaveLength(drawn.length);
    expect(shapes.length).toBeLessThan(layout.order.length);
    drawn.forEach((n, i) => {
      const at = layout.absolute.get(n.id);
      const box = layout.boxes.get(n.id);
      expect(shapes[i]).toEqual({ x: at?.x, y: at?.y, width: box?.width, height: box?.height, colour: KIND_COLOUR[n.kind] });
    });
    // Every shape lies inside the bounds, and the bounds touch the top-level boxes.
    if (!bounds) throw new Error('no bounds');
    for (const s of shapes) {
      expect(s.x).toBeGreaterThanOrEqual(bounds.x);
      expect(s.y).toBeGreaterThanOrEqual(bounds.y);
      expect(s.x + s.width).toBeLessThanOrEqual(bounds.x + bounds.width + 1e-9);
      expect(s.y + s.height).toBeLessThanOrEqual(bounds.y + bounds.height + 1e-9);
    }
    const roots = shapes.filter((_, i) => drawn[i]?.parentId === null);
    expect(Math.min(...roots.map((s) => s.x))).toBe(bounds.x);
    expect(Math.max(...roots.map((s) => s.y + s.height))).toBe(bounds.y + bounds.height);
  });

  it('gives no bounds for an empty plan, and a grey box for a top-level node of another kind', () => {
    expect(minimapShapes(layoutPlan(plan([])))).toEqual({ shapes: [], bounds: null });
    const one = minimapShapes(layoutPlan(plan([node('vm', 'loose', null)])));
    expect(one.shapes).toHaveLength(1);
    expect(one.shapes[0]?.colour).toBe(KIND_COLOUR.vm);
  });
});

describe('frames', () => {
  it('fit the bounds centred, a pad inside the minimap, on the tighter axis', () => {
    fc.assert(
      fc.property(rect, (bounds) => {
        const frame = fitFrame(bounds);
        const r = rectOnMinimap(frame, bounds);
        close(r.x + r.width / 2, MINIMAP_SIZE.width / 2, 4);
        close(r.y + r.height / 2, MINIMAP_SIZE.height / 2, 4);
        expect(r.x).toBeGreaterThanOrEqual(MINIMAP_PAD - 1e-6);
        expect(r.y).toBeGreaterThanOrEqual(MINIMAP_PAD - 1e-6);
        // One axis fills the minimap up to the pad.
        const fillsX = Math.abs(r.width - (MINIMAP_SIZE.width - 2 * MINIMAP_PAD)) < 1e-6;
        const fillsY = Math.abs(r.height - (MINIMAP_SIZE.height - 2 * MINIMAP_PAD)) < 1e-6;
        expect(fillsX || fillsY).toBe(true);
      }),
    );
  });

  it('map a pixel to the flow and back to the same pixel', () => {
    fc.assert(
      fc.property(rect, fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 150, noNaN: true }), (bounds, x, y) => {
        const frame = fitFrame(bounds);
        const back = toMinimap(frame, toFlow(frame, { x, y }));
        close(back.x, x, 6);
        close(back.y, y, 6);
      }),
    );
  });

  it('survive a point or a line for bounds', () => {
    expect(fitFrame({ x: 10, y: 20, width: 0, height: 0 }).scale).toBe(1);
    expect(fitFrame({ x: 0, y: 0, width: 380, height: 0 }).scale).toBeCloseTo(190 / 380);
  });

  it('place a layer drawn at one frame where its flow rect falls in another', () => {
    fc.assert(
      fc.property(rect, rect, (a, b) => {
        const drawn = fitFrame(a);
        const shown = fitFrame(unionRect(a, b));
        const at = layerPlacement(drawn, shown);
        // A flow point drawn at pixel p of the layer shows at at + p * (its width / the layer's).
        const p = { x: 37, y: 91 };
        const flow = toFlow(drawn, p);
        const expected = toMinimap(shown, flow);
        close(at.x + (p.x * at.width) / MINIMAP_SIZE.width, expected.x, 3);
        close(at.y + (p.y * at.height) / MINIMAP_SIZE.height, expected.y, 3);
      }),
    );
    const same = fitFrame({ x: 0, y: 0, width: 1000, height: 500 });
    expect(layerPlacement(same, same)).toEqual({ x: 0, y: 0, width: MINIMAP_SIZE.width, height: MINIMAP_SIZE.height });
  });
});

describe('rects', () => {
  it('the view rect is what the pane shows of the flow', () => {
    expect(viewRect({ x: -200, y: 100, zoom: 2 }, PANE)).toEqual({ x: 100, y: -50, width: 800, height: 500 });
  });

  it('a union covers both rects and nothing more', () => {
    const a: Rect = { x: 0, y: 0, width: 10, height: 10 };
    const b: Rect = { x: 5, y: -5, width: 20, height: 5 };
    expect(unionRect(a, b)).toEqual({ x: 0, y: -5, width: 25, height: 15 });
    expect(unionRect(null, b)).toBe(b);
  });
});

describe('viewports', () => {
  it('centring on a point puts it at the pane centre at the same zoom', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: 0.05, max: 2.5, noNaN: true }), (x, y, zoom) => {
        const v = centredOn({ x, y }, zoom, PANE);
        const seen = viewRect(v, PANE);
        expect(v.zoom).toBe(zoom);
        close(seen.x + seen.width / 2, x, 4);
        close(seen.y + seen.height / 2, y, 4);
      }),
    );
  });

  it('zooming keeps the flow point at the pane centre', () => {
    const before = { x: 120, y: -340, zoom: 0.5 };
    const after = zoomAroundCentre(before, 1.25, PANE);
    const a = viewRect(before, PANE);
    const b = viewRect(after, PANE);
    expect(after.zoom).toBe(1.25);
    close(a.x + a.width / 2, b.x + b.width / 2);
    close(a.y + a.height / 2, b.y + b.height / 2);
  });

  it('the wheel zooms in when turned up, out when down, within the limits', () => {
    expect(wheelZoom(1, -100, 0, 0.05, 2.5)).toBeCloseTo(2 ** 0.2);
    expect(wheelZoom(1, 100, 0, 0.05, 2.5)).toBeCloseTo(2 ** -0.2);
    expect(wheelZoom(1, 3, 1, 0.05, 2.5)).toBeCloseTo(2 ** -0.15);
    expect(wheelZoom(2.4, -5000, 0, 0.05, 2.5)).toBe(2.5);
    expect(wheelZoom(0.06, 5000, 0, 0.05, 2.5)).toBe(0.05);
    expect(wheelZoom(1, 0, 0, 0.05, 2.5)).toBe(1);
  });
});
