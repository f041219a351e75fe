import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FontEngine } from '../../shared/publish/pdfFonts';
import { twoHostPlan } from '../../shared/test-support/plans';
import { pdftotextAvailable } from '../cli/testIo';
import { BUNDLED_CJK_FONT, loadReportFont } from './pdfFont';
import { renderOutput } from './renderOutput';

const engine = {} as FontEngine;

describe('loadReportFont', () => {
  it('says why there is no font, never throws', async () => {
    expect(await loadReportFont({ STRATA_PDF_FONT: '/f/noto.ttc' })).toEqual({
      ok: false,
      reason: '/f/noto.ttc: a .ttf or .otf font is needed (not a collection)',
    });
    expect(await loadReportFont({}, () => Promise.resolve(null))).toEqual({
      ok: false,
      reason: 'the font engine (fontkit) is not installed',
    });
    expect(
      await loadReportFont({ STRATA_PDF_FONT: '/nowhere/noto.ttf' }, () => Promise.resolve(engine)),
    ).toEqual({ ok: false, reason: '/nowhere/noto.ttf: the font cannot be read' });
  });

  it('reads the font STRATA_PDF_FONT names instead of the bundled one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'strata-font-')), 'font.otf');
    writeFileSync(path, new Uint8Array([1, 2, 3]));
    const font = await loadReportFont({ STRATA_PDF_FONT: path }, () => Promise.resolve(engine));
    expect(font).toEqual({
      ok: true,
      source: { fontkit: engine, regular: new Uint8Array([1, 2, 3]) },
    });
  });

  it('reads the bundled CJK font by default, with the real engine', async () => {
    const font = await loadReportFont({});
    expect(font.ok).toBe(true);
    if (!font.ok) return;
    expect(font.source.regular.length).toBe(statSync(BUNDLED_CJK_FONT).size);
    // An OpenType (CFF) font: 'OTTO'.
    expect(new TextDecoder().decode(font.source.regular.subarray(0, 4))).toBe('OTTO');
  });
});

const PDFTOTEXT = pdftotextAvailable();

describe('the report with the bundled CJK font', () => {
  it.skipIf(!PDFTOTEXT)(
    `draws Chinese names as selectable text, embedding only the glyphs used${PDFTOTEXT ? '' : ' — skipped: pdftotext is not installed'}`,
    async () => {
      const base = twoHostPlan();
      const plan = {
        ...base,
        name: '机房整合',
        nodes: base.nodes.map((n) => (n.id === 'v1' ? { ...n, name: '数据库服务器' } : n)),
      };
      const options = {
        format: 'pdf',
        scale: 1,
        theme: 'light',
        paper: 'a4',
        bare: false,
        date: '2026-12-07',
      } as const;
      const pdf = (await renderOutput(plan, options)) as Uint8Array;
      const file = join(mkdtempSync(join(tmpdir(), 'strata-cjk-')), 'report.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('机房整合');
      expect(text).toContain('数据库服务器');
      expect(text).not.toContain('???');
      // A subset: the 3 MB font is not embedded whole.
      expect(pdf.length).toBeLessThan(200_000);
      // The same plan without Chinese keeps Helvetica and stays small.
      const english = (await renderOutput(twoHostPlan(), options)) as Uint8Array;
      expect(english.length).toBeLessThan(20_000);
      expect(new TextDecoder('latin1').decode(english)).not.toContain('NotoSansCJK');
    },
  );
});
