/** A page under measurement, and the pieces every measurement uses: phases, gestures, geometry. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { hotText, mainThreadSince, profiled, readMetrics } from './cdp';
import type { GestureResult, MainThread } from './canvasResults';
import { frameStats } from './frameStats';
import type { Point } from './gestures';
import type { BenchPage } from './pages';
import type { ResolvePlace } from './sourceMaps';
import { TRACE_CATEGORIES, summariseTrace, traceText } from './traceSummary';
import { domCounts, paneAndZoom, startFrames, startLongFrames, stopFrames, stopLongFrames, type LongFrame } from './pageProbes';

export interface MeasureOptions {
  /** Opens timed (each on a freshly loaded page): the median is reported. */
  readonly openSamples: number;
  readonly panMs: number;
  /** Zooming in for half of it, then out by as many wheel steps. */
  readonly zoomMs: number;
  readonly dragMs: number;
  readonly editSamples: number;
  /** Longest wait for a plan to open or a view to settle. */
  readonly openTimeoutMs: number;
  /** Longest wait for a figure to change after a drop or an edit. */
  readonly changeTimeoutMs: number;
  /** Where to write CPU profiles of each phase (null: no profiling). */
  readonly profileDir: string | null;
  /** Maps profiled places back to source files. */
  readonly resolvePlace?: ResolvePlace;
}

export interface Run {
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly bench: BenchPage;
  readonly options: MeasureOptions;
  readonly label: string;
  /** The static server's address. */
  readonly url: string;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
export const centreOf = (r: Box): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Whether `p` lies in `pane`, away from its edges by `margin` of its size. */
export function inside(p: Point, pane: Box, margin = 0.08): boolean {
  const mx = pane.width * margin;
  const my = pane.height * margin;
  return p.x > pane.x + mx && p.x < pane.x + pane.width - mx && p.y > pane.y + my && p.y < pane.y + pane.height - my;
}

/** Runs a phase with main-thread metrics around it (and a CPU profile when asked). */
export async function phase<T>(run: Run, name: string, body: () => Promise<T>): Promise<{ value: T; mainThread: MainThread }> {
  const file = run.options.profileDir ? join(run.options.profileDir, `${run.label}-${run.bench.name}-${name}.cpuprofile`) : null;
  const before = await readMetrics(run.cdp);
  const { value, hot } = await profiled(file ? run.cdp : null, file, body, run.options.resolvePlace);
  const mainThread = mainThreadSince(before, await readMetrics(run.cdp));
  if (file) console.log(`  profile ${run.label} ${run.bench.name} ${name} → ${file}\n${hotText(hot)}`);
  return { value, mainThread };
}

/** Frames recorded in the page while `body` runs. */
export async function gesture(run: Run, name: string, body: () => Promise<void>): Promise<GestureResult> {
  await sleep(300);
  const zoomBefore = (await run.page.evaluate(paneAndZoom)).zoom;
  const profiling = run.options.profileDir !== null;
  const browser = profiling ? run.page.context().browser() : null;
  let traced: { json: string; wallMs: number } | null = null;
  const { value: timestamps, mainThread } = await phase(run, name, async () => {
    if (profiling) await run.page.evaluate(startLongFrames);
    if (browser) await browser.startTracing(run.page, { categories: TRACE_CATEGORIES });
    const started = performance.now();
    await run.page.evaluate(startFrames);
    await body();
    const frames = await run.page.evaluate(stopFrames);
    if (browser) traced = { json: (await browser.stopTracing()).toString('utf8'), wallMs: performance.now() - started };
    return frames;
  });
  if (profiling) console.log(longFramesText(run, name, await run.page.evaluate(stopLongFrames)));
  if (traced !== null && run.options.profileDir !== null) {
    const { json, wallMs } = traced;
    // Beside the CPU profiles; opens in Perfetto (ui.perfetto.dev) or chrome://tracing.
    const file = join(run.options.profileDir, `${run.label}-${run.bench.name}-${name}.trace.json`);
    writeFileSync(file, json);
    console.log(`  threads ${run.label} ${run.bench.name} ${name} (Chrome trace ${file}):\n${traceText(summariseTrace(json), wallMs)}`);
  }
  const zoomAfter = (await run.page.evaluate(paneAndZoom)).zoom;
  return { frames: frameStats(timestamps), mainThread, nodesInDom: (await run.page.evaluate(domCounts)).nodes, zoomBefore, zoomAfter };
}

/** The long frames of a profiled gesture, one a line: how long, and the scripts that filled them. */
function longFramesText(run: Run, name: string, frames: readonly LongFrame[]): string {
  const head = `  long frames ${run.label} ${run.bench.name} ${name}: ${frames.length}`;
  const lines = frames.slice(0, 12).map((f) => {
    const scripts = f.scripts.map((s) => `${s.invoker} → ${s.fn} ${s.ms.toFixed(0)}`).join(' | ');
    return `    ${f.durationMs.toFixed(0)} ms (before render ${f.beforeRenderMs.toFixed(0)}, style+layout ${f.styleAndLayoutMs.toFixed(0)}, ${f.scriptCount} scripts ${f.scriptMs.toFixed(0)}): ${scripts || 'no script'}`;
  });
  return [head, ...lines].join('\n');
}
