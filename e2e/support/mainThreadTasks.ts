/**
 * The page's main-thread tasks from Chromium's trace, each with its wall time and its CPU time
 * (the trace's thread duration). On a busy machine a task's wall time includes the time its thread
 * waited for a core, which the Long Tasks API cannot tell apart; its CPU time is what the page's
 * own work cost, and what a quiet machine would show as wall time.
 */
import type { Page } from '@playwright/test';
import type { TraceEvent } from '../../bench/canvas/traceSummary';

export interface MainThreadTask {
  /** ms from the start of the trace. */
  readonly at: number;
  /** µs on the trace's clock (to match the trace's samples: bench/canvas/traceProfile.ts). */
  readonly ts: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Starts recording `page`'s tasks; the returned function stops and gives those of ≥ `minMs` wall. */
export async function traceMainThread(
  page: Page,
): Promise<(minMs?: number) => Promise<MainThreadTask[]>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  return async (minMs = 50) => {
    const json = (await browser.stopTracing()).toString();
    return mainThreadTasks(JSON.parse(json) as { traceEvents: TraceEvent[] }, minMs);
  };
}

export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }, minMs: number): MainThreadTask[] {
  const events = trace.traceEvents;
  const main = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(`${e.pid}:${e.tid}`);
  const start = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  // Top-level tasks only: a task nested in another (a nested run loop) is counted in its parent.
  const tasks = events
    .filter((e) => e.ph === 'X' && TASKS.has(e.name) && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const out: MainThreadTask[] = [];
  let end = -Infinity;
  for (const e of tasks) {
    const dur = e.dur ?? 0;
    if (e.ts < end) continue;
    end = e.ts + dur;
    if (dur / 1000 < minMs) continue;
    out.push({
      at: Math.round((e.ts - start) / 1000),
      ts: e.ts,
      wallMs: Math.round(dur / 1000),
      cpuMs: Math.round((e.tdur ?? dur) / 1000),
    });
  }
  return out;
}
