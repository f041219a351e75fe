/**
 * The app side of the import benchmark: the production renderer in headless Chromium, the
 * 5,000-VM workbook chosen in File ▸ Import…'s file chooser, New plan from import, until the
 * figures show the import and two frames have been drawn. Measured in the page: ms from choosing
 * the file to the preview, and to painted; the longest main-thread task in that time
 * (PerformanceObserver `longtask`, tasks over 50 ms).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { mainThreadTasks } from '../../e2e/support/mainThreadTasks';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from '../../scripts/find-chromium.mjs';
import { appDir, buildApp } from '../canvas/build';
import type { ResolvePlace } from '../canvas/sourceMaps';
import { serveStatic } from '../canvas/staticServer';
import { SAMPLED_TRACE_CATEGORIES, attribute, attributionText, mainThreadEvents, threadSamples } from '../canvas/traceProfile';
import type { TraceEvent } from '../canvas/traceSummary';

/** The main thread's tasks with their CPU time (e2e/support/mainThreadTasks.ts). */
const TASK_CATEGORIES = ['toplevel', 'devtools.timeline'];

/** A profiled run: the Chrome trace (with V8's samples) goes to `dir`, its reading to the console. */
export interface ImportProfile {
  readonly dir: string;
  readonly resolvePlace?: ResolvePlace;
}

export interface AppImportResult {
  readonly previewMs: number;
  readonly paintedMs: number;
  /** New plan from import clicked → the new plan and its figures painted. */
  readonly adoptedMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** The longest main-thread task's CPU time (Chrome's trace): what the page's own work took. */
  readonly longestTaskCpuMs: number;
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
  profile: ImportProfile | null = null,
): Promise<AppImportResult> {
  const app = build ? await buildApp(root, false) : builtApp;
  const file = join(mkdtempSync(join(tmpdir(), 'strata-import-')), 'RVTools_export_all.xlsx');
  writeFileSync(file, workbook);
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
    await browser.startTracing(page, { categories: profile ? SAMPLED_TRACE_CATEGORIES : TASK_CATEGORIES });
    const t0 = await page.evaluate(() => performance.now());
    // A file on disk, as the file chooser gives it: a buffer would be decoded from base64 by
    // Playwright's script in the page, a main-thread task of its own (≈ 0.8 s for 2.2 MiB).
    await dialog.getByTestId('import-file-input').setInputFiles(file);
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
    const json = (await browser.stopTracing()).toString('utf8');
    if (profile) await profileText(profile, json);
    const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
    // Not the profiler's own start (a task of the benchmark's, before the file is chosen).
    const profilerStarts = events.filter((e) => e.name === 'CpuProfiler::StartProfiling').map((e) => e.ts);
    const traced = mainThreadTasks({ traceEvents: events }, 0).filter(
      (t) => !profilerStarts.some((at) => at >= t.ts && at <= t.ts + t.wallMs * 1000),
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
      longestTaskCpuMs: traced.reduce((m, t) => Math.max(m, t.cpuMs), 0),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

/** The profiled import: each main-thread task over 50 ms with what ran in it, and the worker's time. */
async function profileText(profile: ImportProfile, json: string): Promise<void> {
  mkdirSync(profile.dir, { recursive: true });
  const file = join(profile.dir, 'import-strata.trace.json');
  writeFileSync(file, json);
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = threadSamples(events, profile.resolvePlace);
  const main = threads.find((t) => t.thread === 'CrRendererMain');
  const lines = [`  profile RVTools import (Chrome trace with V8 samples ${file}):`];
  for (const task of mainThreadTasks({ traceEvents: events }, 50)) {
    lines.push(`    main-thread task at ${task.at} ms: ${task.wallMs} ms wall, ${task.cpuMs} ms CPU`);
    const end = task.ts + task.wallMs * 1000;
    lines.push(`      trace events (wall, nested ones counted in each): ${mainThreadEvents(events, task.ts, end)}`);
    if (main) lines.push(attributionText(attribute(main.samples, task.ts, end), task.cpuMs));
  }
  for (const worker of threads.filter((t) => t !== main && t.samples.length > 0)) {
    const first = worker.samples[0]?.ts ?? 0;
    const last = worker.samples.at(-1)?.ts ?? 0;
    lines.push(`    ${worker.thread}, ${((last - first) / 1000).toFixed(0)} ms sampled:`);
    lines.push(attributionText(attribute(worker.samples, first, last + 1, 12)));
  }
  console.log(lines.join('\n'));
}
