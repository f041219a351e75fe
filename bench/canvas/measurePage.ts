/**
 * One page (Strata or the floor) on one plan, in a fresh browser context: open it (a few times, on
 * a freshly loaded page each time), read the heap,
 * pan at the view it opened with, fit the whole plan and pan there too, zoom in and out, drag a VM
 * to another host, edit in the inspector. A measurement that fails is recorded with its reason and
 * the others go on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { collectGarbage } from './cdp';
import type { GestureResult, MainThread, OpenResult, OverviewResult, TargetResult } from './canvasResults';
import { median } from './frameStats';
import { drag, edit, type PlanShape } from './dragAndEdit';
import { STEP_MS, panInCircles, zoomInAndOut } from './gestures';
import type { BenchPage } from './pages';
import { domCounts, isReady, paneAndZoom, settleNodes, stashText, usedHeap, type OpenTiming } from './pageProbes';
import { centreOf, gesture, phase, sleep, type MeasureOptions, type Run } from './pageRun';
import { OPEN_TRACE_CATEGORIES, longestMainTasks, mainTasksText } from './traceSummary';

export type { MeasureOptions } from './pageRun';

const SETTLE = { stableMs: 600, stableFrames: 10 };

/** Opens the plan on a page that has just loaded: the timing, and the page's CDP session. */
async function openOnce(run: Run, text: string): Promise<OpenTiming & { mainThread: MainThread }> {
  await run.page.goto(`${run.url}${run.bench.path}`);
  await run.page.waitForFunction(isReady, run.bench.name, { timeout: 30_000 });
  await run.page.evaluate(stashText, { text, asFile: run.bench.open === 'file' });
  await collectGarbage(run.cdp);
  // Profiling: a Chrome trace of the open too, for its longest main-thread tasks in CPU time.
  const browser = run.options.profileDir !== null ? run.page.context().browser() : null;
  if (browser) await browser.startTracing(run.page, { categories: OPEN_TRACE_CATEGORIES });
  const { value, mainThread } = await phase(run, 'open', () =>
    run.page.evaluate(settleNodes, { load: run.bench.open === 'file' ? ('file' as const) : run.bench.name, ...SETTLE, timeoutMs: run.options.openTimeoutMs }),
  );
  if (browser && run.options.profileDir !== null) {
    const json = (await browser.stopTracing()).toString('utf8');
    const file = join(run.options.profileDir, `${run.label}-${run.bench.name}-open.trace.json`);
    writeFileSync(file, json);
    console.log(`  longest main-thread tasks ${run.label} ${run.bench.name} open (Chrome trace ${file}):\n${mainTasksText(longestMainTasks(json))}`);
  }
  if (value.timedOut) throw new Error(`the node count did not settle in ${run.options.openTimeoutMs} ms (${value.nodesInDom} nodes)`);
  return { ...value, mainThread };
}

/** Opens the plan `openSamples` times, each on a freshly loaded page; the page stays on the last. */
async function open(run: Run, text: string): Promise<OpenResult> {
  const samples: (OpenTiming & { mainThread: MainThread })[] = [];
  for (let i = 0; i < run.options.openSamples; i += 1) samples.push(await openOnce(run, text));
  const last = samples[samples.length - 1];
  if (!last) throw new Error('no open sample');
  await sleep(300);
  await collectGarbage(run.cdp);
  const heap = await run.page.evaluate(usedHeap);
  const dom = await run.page.evaluate(domCounts);
  return {
    ...last,
    paintedMs: median(samples.map((s) => s.paintedMs)),
    callMs: median(samples.map((s) => s.callMs)),
    longestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)),
    samplesMs: samples.map((s) => s.paintedMs),
    heapMiB: heap === null ? null : heap / 2 ** 20,
    domElements: dom.elements,
  };
}

async function pan(run: Run, name: string): Promise<GestureResult> {
  const pane = await run.page.evaluate(paneAndZoom);
  const radius = Math.min(pane.width, pane.height) * 0.15;
  return gesture(run, name, () => panInCircles(run.page, centreOf(pane), radius, run.options.panMs));
}

/** Fits the whole plan in view and waits for the nodes it shows. */
async function overview(run: Run): Promise<OverviewResult> {
  const before = await run.page.evaluate(paneAndZoom);
  await run.bench.fit(run.page);
  const settled = await run.page.evaluate(settleNodes, { load: null, ...SETTLE, timeoutMs: run.options.openTimeoutMs });
  const after = await run.page.evaluate(paneAndZoom);
  return {
    nodesInDom: settled.nodesInDom,
    zoom: after.zoom,
    sameAsOpened: after.transform === before.transform,
  };
}

async function zoom(run: Run): Promise<GestureResult> {
  const pane = await run.page.evaluate(paneAndZoom);
  // About ×10 in (when the page keeps up with one wheel event a frame) and back out: across the
  // zoom where Strata's cards switch to their details.
  const delta = Math.log2(10) / (run.options.zoomMs / 2 / STEP_MS) / 0.002;
  return gesture(run, 'zoom', () => zoomInAndOut(run.page, centreOf(pane), run.options.zoomMs, delta));
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

export async function measurePage(
  context: BrowserContext,
  url: string,
  bench: BenchPage,
  plan: PlanShape & { readonly label: string; readonly text: string },
  options: MeasureOptions,
): Promise<TargetResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const run: Run = { page, cdp, bench, options, label: plan.label, url };
  const errors: string[] = [];
  const attempt = async <T>(name: string, body: () => Promise<T>): Promise<T | null> => {
    try {
      return await body();
    } catch (error) {
      errors.push(`${name}: ${reason(error)}`);
      return null;
    }
  };
  try {
    const opened = await attempt('open', () => open(run, plan.text));
    if (!opened) return { open: null, pan: null, overview: null, panOverview: null, zoom: null, drag: null, edit: null, errors };
    const panned = await attempt('pan', () => pan(run, 'pan'));
    const seen = await attempt('overview', () => overview(run));
    const panOverview = seen?.sameAsOpened ? panned : seen ? await attempt('pan-overview', () => pan(run, 'pan-overview')) : null;
    const zoomed = await attempt('zoom', () => zoom(run));
    const dragged = await attempt('drag', () => drag(run, plan));
    if (dragged && dragged.result.drop === null) errors.push(`drop: no figure changed within ${options.changeTimeoutMs} ms of the drop`);
    const candidates = dragged?.vms ?? [];
    const edited = await attempt('edit', () => edit(run, plan, candidates));
    return { open: opened, pan: panned, overview: seen, panOverview, zoom: zoomed, drag: dragged?.result ?? null, edit: edited, errors };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
