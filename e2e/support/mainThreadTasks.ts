/**
 * The page's main-thread tasks from Chromium's trace, each with its wall time and its CPU time
 * (the trace's thread duration). On a busy machine a task's wall time includes the time its thread
 * waited for a core, which the Long Tasks API cannot tell apart; its CPU time is what the page's
 * own work cost, and what a quiet machine would show as wall time.
 *
 * Each task is named by what it ran (`kind`): a timer, a message from a worker, an idle callback,
 * an input event, a frame — or `driver`, a script Playwright itself evaluated in the page (its
 * clicks' checks, `waitForSelector`), which forces style and layout of the page's DOM and is a
 * task of the page's thread too, but not one the app's user ever has.
 *
 * STRATA_E2E_TRACE_DIR=DIR keeps every trace there (with V8's and Blink's categories too), for
 * reading the tasks event by event.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  outermostMainTasks,
  rendererMainThreads,
  traceStart,
  type TraceEvent,
} from '../../bench/canvas/traceSummary';

export interface MainThreadTask {
  /** ms from the start of the trace. */
  readonly at: number;
  /** µs on the trace's clock (to match the trace's samples: bench/canvas/traceProfile.ts). */
  readonly ts: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly kind: string;
}


/** The first of these inside a task says what it ran. */
const KINDS = new Map([
  ['EvaluateScript', 'driver'],
  ['TimerFire', 'timer'],
  ['FireIdleCallback', 'idle'],
  ['HandlePostMessage', 'message'],
  ['EventDispatch', 'input'],
  ['FireAnimationFrame', 'frame'],
  ['WebFrameWidgetImpl::BeginMainFrame', 'frame'],
  ['WebFrameWidgetImpl::UpdateLifecycle', 'frame'],
  ['BlinkScheduler_PerformMicrotaskCheckpoint', 'microtasks'],
  ['FunctionCall', 'script'],
]);

const WIDE = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'gc',
  'disabled-by-default-v8.gc',
];

/** Starts recording `page`'s tasks; the returned function stops and gives those of ≥ `minMs` wall. */
export async function traceMainThread(
  page: Page,
): Promise<(minMs?: number) => Promise<MainThreadTask[]>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  const keep = process.env.STRATA_E2E_TRACE_DIR;
  await browser.startTracing(page, {
    categories: keep ? WIDE : ['toplevel', 'devtools.timeline'],
  });
  return async (minMs = 50) => {
    const json = (await browser.stopTracing()).toString();
    if (keep) writeFileSync(`${keep}/trace-${Date.now()}.json`, json);
    return mainThreadTasks(JSON.parse(json) as { traceEvents: TraceEvent[] }, minMs);
  };
}

/** The tasks the app itself ran (every kind but the test driver's). */
export function appTasks(tasks: readonly MainThreadTask[]): MainThreadTask[] {
  return tasks.filter((t) => t.kind !== 'driver');
}

export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }, minMs: number): MainThreadTask[] {
  const events = trace.traceEvents;
  const main = rendererMainThreads(events);
  const isMain = (e: TraceEvent): boolean => main.has(`${e.pid}:${e.tid}`);
  const start = traceStart(events);
  const onMain = events
    .filter((e) => e.ph === 'X' && isMain(e))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: MainThreadTask[] = [];
  let next = 0;
  for (const e of outermostMainTasks(onMain, isMain)) {
    const dur = e.dur ?? 0;
    const end = e.ts + dur;
    if (dur / 1000 < minMs) continue;
    // The first event inside the task that says what kind it is.
    while (next < onMain.length && (onMain[next] as TraceEvent).ts < e.ts) next++;
    let kind = 'other';
    for (let j = next; j < onMain.length && (onMain[j] as TraceEvent).ts < end; j++) {
      const inner = onMain[j] as TraceEvent & { args?: { data?: { url?: string } } };
      if (inner === e) continue;
      const named = KINDS.get(inner.name);
      if (!named) continue;
      // A callback of a script Playwright evaluated (it has no URL; the app's code all comes
      // from its bundle's files): the test's own work, e.g. reading IndexedDB in the page.
      kind = named === 'script' && !inner.args?.data?.url ? 'driver' : named;
      break;
    }
    out.push({
      at: Math.round((e.ts - start) / 1000),
      ts: e.ts,
      wallMs: Math.round(dur / 1000),
      cpuMs: Math.round((e.tdur ?? dur) / 1000),
      kind,
    });
  }
  return out;
}
