import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { layoutPlan } from '../layout/planLayout';
import { buildReport } from '../metrics/report';
import { twoHostPlan } from '../test-support/plans';
import type { Plan } from '../model/plan';
import { needsWideFont, reportFonts, type FontEngine } from './pdfFonts';
import { renderPdfReport } from './pdfReport';
import { drawableText } from './pdfText';
import { langOf } from '../i18n/lang';

function chinesePlan(): Plan {
  const plan = twoHostPlan();
  return {
    ...plan,
    name: '机房整合',
    nodes: plan.nodes.map((n) => (n.id === 'v1' ? { ...n, name: '数据库服务器' } : n)),
  };
}

/** A font engine that must not be used: the standard fonts suffice. */
const unusedEngine = {
  create: () => {
    throw new Error('the font engine was used');
  },
} as unknown as FontEngine;

describe('the report’s fonts', () => {
  it('needs a wide font only for characters past Latin and its signs', async () => {
    const doc = await PDFDocument.create();
    const set = new Set((await doc.embedFont(StandardFonts.Helvetica)).getCharacterSet());
    expect(needsWideFont(set, 'Café −5 → ∞')).toBe(false);
    expect(needsWideFont(set, 'esx-01 数据库')).toBe(true);
  });

  it('keeps Helvetica, and never loads the supplied font, for a plan that does not need it', async () => {
    const doc = await PDFDocument.create();
    const source = { fontkit: unusedEngine, regular: new Uint8Array([0]) };
    const fonts = await reportFonts(doc, JSON.stringify(twoHostPlan()), source);
    expect(fonts.regular.name).toBe('Helvetica');
    expect(fonts.bold.name).toBe('Helvetica-Bold');
  });

  it('without a font, Chinese names get a deliberate replacement and the report is made', async () => {
    const doc = await PDFDocument.create();
    const fonts = await reportFonts(doc, JSON.stringify(chinesePlan()), null);
    expect(drawableText(fonts.regular, '数据库 db')).toBe('??? db');
    const plan = chinesePlan();
    const bytes = await renderPdfReport(plan, layoutPlan(plan), buildReport(plan), {
      paper: 'a4',
      date: '2026-12-07',
    });
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('asks for the font only when the report’s text needs it: Chinese names or Chinese words', async () => {
    let asked = 0;
    const supply = () => {
      asked += 1;
      return Promise.resolve(null);
    };
    const english = twoHostPlan();
    const render = (plan: Plan, locale: 'en' | 'zh-CN') =>
      renderPdfReport(plan, layoutPlan(plan), buildReport(plan), {
        paper: 'a4',
        date: '2026-12-07',
        font: supply,
        lang: langOf(locale),
      });
    await render(english, 'en');
    expect(asked).toBe(0);
    await render(english, 'zh-CN');
    expect(asked).toBe(1);
    await render(chinesePlan(), 'en');
    expect(asked).toBe(2);
  });
});
