import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutPlan } from '../layout/planLayout';
import { loadPlan } from '../load/loadPlan';
import { serializePlan } from '../load/serialize';
import { buildReport } from '../metrics/report';
import type { Plan } from '../model/plan';
import { MAX_FILE_BYTES } from '../model/plan';
import { node, plan, twoHostPlan } from '../test-support/plans';
import { builtInPalette } from './palette';
import { planScene } from './scene';
import { ENGLISH, langOf } from '../i18n/lang';
import { formatMessage, message } from '../i18n/message';
import { SVG_REASONS, extractPlanFromSvg, looksLikeSvg, renderSvg } from './svgPlan';

function svgOf(p: Plan, extra: Partial<Parameters<typeof planScene>[3]> = {}): string {
  const scene = planScene(p, layoutPlan(p), buildReport(p), {
    palette: builtInPalette('light'),
    title: p.name,
    date: '2026-12-07',
    legend: true,
    figures: true,
    ...extra,
  });
  return renderSvg(scene, serializePlan(p));
}

describe('renderSvg', () => {
  it('writes names as text and reopens as the same plan', () => {
    const p = twoHostPlan();
    const svg = svgOf(p);
    expect(looksLikeSvg(svg)).toBe(true);
    for (const n of p.nodes) expect(svg).toContain(`>${n.name}</text>`);
    expect(svg).toContain('>Test plan</text>');
    expect(svg).toContain('>2026-12-07</text>');
    expect(svg).toContain('>Consolidation ratio</text>');
    const back = extractPlanFromSvg(svg);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const loaded = loadPlan(back.text);
    expect(loaded.ok && serializePlan(loaded.plan)).toBe(serializePlan(p));
  });

  it('keeps any name: markup, quotes, control characters and non-Latin text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: 'grapheme' }),
        fc.string({ maxLength: 20 }),
        (name, title) => {
          const p = { ...plan([node('server', 's1', null, { name })]), name: title || 'x' };
          const svg = svgOf(p);
          // Well-formed enough for a parser: no raw `<` or `&` outside markup in the text nodes.
          for (const m of svg.matchAll(/>([^<]*)</g))
            expect(m[1]).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
          const back = extractPlanFromSvg(svg);
          expect(back.ok).toBe(true);
          if (!back.ok) return;
          const loaded = loadPlan(back.text);
          expect(loaded.ok && loaded.plan.nodes[0]?.name).toBe(name);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('draws only the selection when one is given', () => {
    const p = twoHostPlan();
    const svg = svgOf(p, { selection: new Set(['s2']) });
    expect(svg).toContain('>h2</text>');
    expect(svg).toContain('>v3</text>');
    expect(svg).not.toContain('>v1</text>');
    expect(svg).not.toContain('>s3</text>');
  });

  it('leaves the background unpainted in the transparent theme', () => {
    const p = twoHostPlan();
    const painted = svgOf(p, { palette: builtInPalette('light') });
    const clear = svgOf(p, { palette: builtInPalette('transparent') });
    expect(painted).toContain(`fill="${builtInPalette('light').background}"`);
    expect(clear).not.toContain(`<rect x="0" y="0"`);
  });
});

describe('extractPlanFromSvg', () => {
  it('refuses what is not a Strata SVG, and says why', () => {
    expect(extractPlanFromSvg('{"format":"strata-plan"}')).toEqual({
      ok: false,
      reason: SVG_REASONS.notSvg,
      said: message('svg.notSvg'),
    });
    expect(extractPlanFromSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toEqual({
      ok: false,
      reason: SVG_REASONS.noPlan,
      said: message('svg.noPlan'),
    });
    expect(extractPlanFromSvg('<svg><metadata>{"format":"strata-plan"}</metadata></svg>')).toEqual({
      ok: false,
      reason: SVG_REASONS.noPlan,
      said: message('svg.noPlan'),
    });
    const tagged = (body: string, version = 1): string =>
      `<svg><metadata data-type="application/vnd.strata.plan+json" data-version="${version}">${body}</metadata></svg>`;
    expect(extractPlanFromSvg(tagged('{}', 2))).toEqual({
      ok: false,
      reason: SVG_REASONS.newer,
      said: message('svg.newer'),
    });
    expect(extractPlanFromSvg(tagged('&bogus;'))).toMatchObject({ ok: false, reason: /damaged/ });
    expect(extractPlanFromSvg(tagged('&#x110000;'))).toMatchObject({
      ok: false,
      reason: /damaged/,
    });
    expect(extractPlanFromSvg(tagged('{').replace('</metadata>', ''))).toMatchObject({
      ok: false,
      reason: /cut short/,
    });
    expect(extractPlanFromSvg(tagged('<![CDATA[{"a":1}]]>'))).toEqual({
      ok: true,
      text: '{"a":1}',
    });
  });

  it('says each refusal in English as `reason` and in the reader’s language from `said`', () => {
    const zh = langOf('zh-CN');
    const tagged = (body: string): string =>
      `<svg><metadata data-type="application/vnd.strata.plan+json">${body}</metadata></svg>`;
    const cases = [
      ['not json', '不是 SVG 文件'],
      ['<svg></svg>', '此 SVG 不是由 Strata 导出的（其中没有方案）'],
      [tagged('&bogus;'), '此 SVG 中的方案已损坏（含未知的字符引用）'],
      [tagged('{').replace('</metadata>', ''), '此 SVG 中的方案不完整'],
    ] as const;
    for (const [text, chinese] of cases) {
      const result = extractPlanFromSvg(text);
      if (result.ok) throw new Error('expected a refusal');
      expect(formatMessage(zh, result.said)).toBe(chinese);
      expect(formatMessage(ENGLISH, result.said)).toBe(result.reason);
    }
  });

  it('refuses a plan over the open limit in time proportional to the text', () => {
    const body = 'x'.repeat(MAX_FILE_BYTES + 1);
    const started = performance.now();
    const result = extractPlanFromSvg(
      `<svg><metadata data-type="application/vnd.strata.plan+json">${body}</metadata></svg>`,
    );
    expect(result).toEqual({
      ok: false,
      reason: SVG_REASONS.tooBig,
      said: message('svg.tooBig', { max: 50 }),
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
