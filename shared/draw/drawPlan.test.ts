import { describe, expect, it } from 'vitest';
import { buildReport } from '../metrics/report';
import { layoutPlan } from '../layout/planLayout';
import { twoHostPlan } from '../test-support/plans';
import { BUILT_IN_PALETTES } from './palette';
import type { DrawContext } from './context';
import { drawDiagram, fitText } from './drawPlan';
import { linkCurves, nodeRects } from './geometry';

const CHAR = 6;
const measure = { measureText: (text: string) => ({ width: text.length * CHAR }) as TextMetrics };

/** A 2D context that records what is drawn (text, curves) and accepts everything else. */
function recordingContext(): {
  ctx: DrawContext;
  texts: { text: string; x: number; y: number }[];
  curves: number;
} {
  const record = { texts: [] as { text: string; x: number; y: number }[], curves: 0 };
  const target: Record<string, unknown> = {
    measureText: measure.measureText,
    fillText: (text: string, x: number, y: number) => record.texts.push({ text, x, y }),
    bezierCurveTo: () => {
      record.curves += 1;
    },
  };
  const ctx = new Proxy(target, {
    get: (t, key: string) => (key in t ? t[key] : () => undefined),
    set: (t, key: string, value) => {
      t[key] = value;
      return true;
    },
  }) as unknown as DrawContext;
  return {
    ctx,
    get texts() {
      return record.texts;
    },
    get curves() {
      return record.curves;
    },
  };
}

describe('fitText', () => {
  it('keeps text that fits and cuts the rest with an ellipsis', () => {
    expect(fitText(measure, 'short', 100)).toBe('short');
    const cut = fitText(measure, 'a rather long server name', 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length * CHAR).toBeLessThanOrEqual(60);
    expect(fitText(measure, 'anything', 3)).toBe('');
  });
});

describe('drawDiagram', () => {
  it('writes every node’s name inside its box and draws every link', () => {
    const plan = twoHostPlan();
    const rects = nodeRects(layoutPlan(plan));
    const rec = recordingContext();
    const hosts = new Map(buildReport(plan).consolidation.hosts.map((h) => [h.id, h]));
    drawDiagram(rec.ctx, {
      rects,
      links: linkCurves(plan.links, rects),
      palette: BUILT_IN_PALETTES.light,
      hosts,
      limits: { cpu: 4, ram: 1 },
    });
    for (const r of rects) {
      const name = rec.texts.find((t) => t.text === r.node.name);
      expect(name, r.node.id).toBeDefined();
      expect(name?.x).toBeGreaterThan(r.x);
      expect(name?.y).toBeLessThan(r.y + r.height);
    }
    const texts = rec.texts.map((t) => t.text);
    expect(texts).toContain('16 cores · 128 GiB · No host OS');
    // Server s1's meters: 6 vCPU of 16 cores, 24 GiB of 128.
    expect(texts).toEqual(expect.arrayContaining(['CPU', '6 / 16 cores', 'RAM', '24 / 128 GiB']));
    expect(rec.curves).toBe(plan.links.length);
  });
});
