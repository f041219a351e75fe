/**
 * `strata export --lang zh-CN`: the PDF report's and the picture's own words in Chinese, the
 * Chinese names as real glyphs (the bundled CJK font), the figures as in English.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CJK_FONT_FAMILY } from '../../shared/draw/drawPlan';
import { langOf } from '../../shared/i18n/lang';
import { loadDocument } from '../../shared/load/loadDocument';
import { pdftotextAvailable, runCli } from './testIo';

const EXAMPLE = join(__dirname, '..', '..', 'examples', '06-shanghai-consolidation-zh.strata');
const PDFTOTEXT = pdftotextAvailable();
const zh = langOf('zh-CN');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-export-zh-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function exampleNames(): Promise<string[]> {
  const loaded = loadDocument(await readFile(EXAMPLE, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.document.scenarios[0]?.plan.nodes.map((n) => n.name) ?? [];
}

describe('strata export --lang zh-CN', () => {
  it.skipIf(!PDFTOTEXT)(
    `prints the report in Chinese, names and words as real glyphs${PDFTOTEXT ? '' : ' — skipped: pdftotext is not installed'}`,
    async () => {
      const pdf = join(dir, 'report.pdf');
      expect(await runCli('export', EXAMPLE, '-o', pdf, '--lang', 'zh-CN')).toEqual({
        code: 0,
        stdout: '',
        stderr: '',
      });
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, '');
      const squeeze = (s: string): string => s.replace(/\s+/g, '');
      expect(text).not.toMatch(/\?\?/);
      for (const name of (await exampleNames()).filter((n) => n.length <= 12))
        expect(flat, name).toContain(squeeze(name));
      for (const key of [
        'export.pdf.figures',
        'export.pdf.haTitle',
        'export.pdf.drTitle',
        'export.pdf.worstTitle',
        'export.pdf.issuesTitle',
        'export.pdf.meaning',
        'export.legend.dependsOn',
        'kind.hypervisor',
        'kind.container',
        'figure.ratio',
      ] as const)
        expect(flat, key).toContain(squeeze(zh.t(key)));
      expect(flat).toContain(squeeze(zh.t('export.pdf.page', { page: 1, pages: 2 })));
      // Nothing of the English report is left.
      for (const english of [
        'Figures',
        'Disaster recovery',
        'Page 1',
        'depends on',
        'What it means',
      ])
        expect(text).not.toContain(english);
    },
  );

  it.skipIf(!PDFTOTEXT)('keeps English words by default and Chinese names either way', async () => {
    const pdf = join(dir, 'report.pdf');
    expect(await runCli('export', EXAMPLE, '-o', pdf)).toMatchObject({ code: 0 });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Disaster recovery');
    expect(text).toContain('上海机房-宿主机01');
  });

  it.skipIf(!PDFTOTEXT)('writes the comparison pages in Chinese too', async () => {
    const scenarios = join(__dirname, '..', '..', 'examples', '05-consolidation-scenarios.strata');
    const pdf = join(dir, 'compare.pdf');
    expect((await runCli('export', scenarios, '-o', pdf, '--lang', 'zh-CN')).code).toBe(0);
    const flat = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const key of [
      'ui.compare.change',
      'ui.compare.what.moved',
      'headline.consolidation.servers',
    ] as const)
      expect(flat, key).toContain(zh.t(key).replace(/\s+/g, ''));
    for (const english of ['Servers', 'Moved', 'better', 'worse'])
      expect(flat).not.toContain(english);
  });

  it('writes the SVG legend and summary in Chinese, naming the CJK fonts', async () => {
    const svg = join(dir, 'plan.svg');
    expect(await runCli('export', EXAMPLE, '-o', svg, '--lang', 'zh-CN')).toMatchObject({
      code: 0,
    });
    const text = await readFile(svg, 'utf8');
    expect(text).toContain(`>${zh.t('export.legend.dependsOn')}</text>`);
    expect(text).toContain(`>${zh.t('kind.vm')}</text>`);
    expect(text).toContain(`>${zh.t('export.summary.issues')}</text>`);
    expect(text).toContain('>上海机房-宿主机01</text>');
    for (const family of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', CJK_FONT_FAMILY])
      expect(text).toContain(`'${family}'`);
    expect(text).not.toContain('depends on');
  });
});
