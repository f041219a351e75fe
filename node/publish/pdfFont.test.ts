import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FontEngine } from '../../shared/publish/pdfFonts';
import { loadReportFont } from './pdfFont';

const engine = {} as FontEngine;

describe('loadReportFont', () => {
  it('says why there is no font, never throws', async () => {
    expect(await loadReportFont({})).toEqual({
      ok: false,
      reason: 'no font for wide characters (STRATA_PDF_FONT is not set)',
    });
    expect(await loadReportFont({ STRATA_PDF_FONT: '/f/noto.ttc' })).toEqual({
      ok: false,
      reason: '/f/noto.ttc: a .ttf or .otf font is needed (not a collection)',
    });
    expect(
      await loadReportFont({ STRATA_PDF_FONT: '/f/noto.ttf' }, () => Promise.resolve(null)),
    ).toEqual({ ok: false, reason: 'the font engine (fontkit) is not installed' });
    expect(
      await loadReportFont({ STRATA_PDF_FONT: '/nowhere/noto.ttf' }, () => Promise.resolve(engine)),
    ).toEqual({ ok: false, reason: '/nowhere/noto.ttf: the font cannot be read' });
  });

  it('reads the named font with the engine', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'strata-font-')), 'font.otf');
    writeFileSync(path, new Uint8Array([1, 2, 3]));
    const font = await loadReportFont({ STRATA_PDF_FONT: path }, () => Promise.resolve(engine));
    expect(font).toEqual({
      ok: true,
      source: { fontkit: engine, regular: new Uint8Array([1, 2, 3]) },
    });
  });
});

// A real CJK font and the engine, where this machine has both (fc-list here shows no CJK font and
// fontkit is not installed yet: the case is skipped, and says so).
const real = await loadReportFont();

describe('the report with a real CJK font', () => {
  it.skipIf(!real.ok)(
    `draws Chinese names as selectable text${real.ok ? '' : ` — skipped: ${real.reason}`}`,
    async () => {
      if (!real.ok) return;
      const { renderOutput } = await import('./renderOutput');
      const { twoHostPlan } = await import('../../shared/test-support/plans');
      const { execFileSync } = await import('node:child_process');
      const base = twoHostPlan();
      const plan = {
        ...base,
        name: '机房整合',
        nodes: base.nodes.map((n) => (n.id === 'v1' ? { ...n, name: '数据库服务器' } : n)),
      };
      const pdf = await renderOutput(plan, {
        format: 'pdf',
        scale: 1,
        theme: 'light',
        paper: 'a4',
        bare: false,
        date: '2026-12-07',
      });
      const file = join(mkdtempSync(join(tmpdir(), 'strata-cjk-')), 'report.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('机房整合');
      expect(text).toContain('数据库服务器');
      // A subset, not the whole font.
      expect((pdf as Uint8Array).length).toBeLessThan(2_000_000);
    },
  );
});
