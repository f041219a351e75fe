/**
 * The app side of the import benchmark: the production renderer in headless Chromium, the
 * 5,000-VM workbook chosen in File ▸ Import…'s file chooser, New plan from import, until the
 * figures show the import and two frames have been drawn. Measured in the page: ms from choosing
 * the file to the preview, and to painted; the longest main-thread task in that time
 * (PerformanceObserver `longtask`, tasks over 50 ms).
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from '../../scripts/find-chromium.mjs';
import { appDir, buildApp } from '../canvas/build';
import { serveStatic } from '../canvas/staticServer';

export interface AppImportResult {
  readonly previewMs: number;
  readonly paintedMs: number;
  /** New plan from import clicked → the new plan and its figures painted. */
  readonly adoptedMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

declare global {
  interface Window {
    __importLongTasks?: { start: number; duration: number }[];
  }
}

export async function measureAppImport(
  root: string,
  workbook: Uint8Array,
  expectedVms: number,
  build: boolean,
  builtApp: string = appDir(false),
): Promise<AppImportResult> {
  const app = build ? await buildApp(root, false) : builtApp;
  const server = await serveStatic({ app: join(root, app) });
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.addInitScript(() => {
      window.__importLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__importLongTasks?.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}/app/`);
    await page.getByTestId('canvas').waitFor();
    await page.getByTestId('action-file-import').first().click();
    const dialog = page.getByTestId('import-dialog');
    const t0 = await page.evaluate(() => performance.now());
    await dialog.getByTestId('import-file-input').setInputFiles({
      name: 'RVTools_export_all.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(workbook),
    });
    await dialog.getByTestId('import-preview').waitFor({ timeout: 120_000 });
    const tPreview = await page.evaluate(() => performance.now());
    const tClick = await page.evaluate(() => performance.now());
    await dialog.getByTestId('import-new-plan').click();
    const discard = page.getByTestId('unsaved-discard');
    if (await discard.isVisible().catch(() => false)) await discard.click();
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="metric-vms"]')?.getAttribute('data-value') ===
        String(n),
      expectedVms,
      { timeout: 120_000 },
    );
    const tPainted = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
        ),
    );
    const tasks = (await page.evaluate(() => window.__importLongTasks ?? [])).filter(
      (t) => t.start >= t0 && t.start <= tPainted,
    );
    // The preview's wait: the file chooser's own work happens before t0, the user's click is not timed.
    return {
      previewMs: tPreview - t0,
      paintedMs: tPainted - t0,
      adoptedMs: tPainted - tClick,
      longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasks: tasks.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
