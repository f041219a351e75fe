/**
 * The exports of a Chinese-speaking planner: with the editor in Chinese, File ▸ Export Report…
 * prints the report's words and the plan's Chinese names as real text (the bundled CJK font,
 * fetched from the app's own assets — this machine has no CJK font of its own), and Export SVG…
 * writes the legend in Chinese and names the CJK fonts; Export PNG… draws with the bundled font.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CJK_FONT_FAMILY } from '../shared/draw/drawPlan';
import { langOf } from '../shared/i18n/lang';
import { openApp, openExample, planOnScreen } from './support/app';
import { downloadFrom, fileMenu } from './files-helpers';

const zh = langOf('zh-CN');

test.describe('exports from a Chinese editor', () => {
  test.use({ locale: 'zh-CN' });

  test('Export Report…: Chinese words and names as text in the PDF', async ({ page }) => {
    await openApp(page);
    await openExample(page, '06-shanghai-consolidation-zh');
    const plan = await planOnScreen(page);

    await fileMenu(page, 'export-report');
    await expect(page.getByTestId('export-pdf-dialog')).toBeVisible();
    const pdf = await downloadFrom(page, () => page.getByTestId('export-pdf-confirm').click());
    const file = join(mkdtempSync(join(tmpdir(), 'strata-pdf-zh-')), 'report.pdf');
    writeFileSync(file, pdf.bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(text).not.toMatch(/\?\?/);
    for (const heading of ['export.pdf.figures', 'export.pdf.haTitle', 'export.pdf.drTitle'] as const)
      expect(flat).toContain(zh.t(heading));
    for (const node of plan.nodes.filter((n) => n.parentId === null))
      expect(flat).toContain(node.name.replace(/\s+/g, ''));
    expect(text).not.toContain('Disaster recovery');
  });

  test('Export SVG… and PNG…: the legend in Chinese, drawn with the bundled font', async ({
    page,
  }) => {
    await openApp(page);
    await openExample(page, '06-shanghai-consolidation-zh');

    await fileMenu(page, 'export-svg');
    await page.getByTestId('svg-include-legend').check();
    const svg = await downloadFrom(page, () => page.getByTestId('export-svg-confirm').click());
    const markup = svg.bytes.toString('utf8');
    expect(markup).toContain(`>${zh.t('export.legend.dependsOn')}</text>`);
    expect(markup).toContain(`'${CJK_FONT_FAMILY}'`);
    expect(markup).toContain('PingFang SC');

    await fileMenu(page, 'export-png');
    await page.getByTestId('png-include-legend').check();
    const png = await downloadFrom(page, () => page.getByTestId('export-png-confirm').click());
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The page loaded the bundled font (FontFace) to draw the picture's Chinese.
    const loaded = await page.evaluate(
      (family) =>
        [...document.fonts].some((f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded'),
      CJK_FONT_FAMILY,
    );
    expect(loaded).toBe(true);
  });
});
