/**
 * The main thread's CPU time between an event and the frame that paints its change (a drop, an
 * edit), from Chromium's trace: the thread time (`tdur`) of every top-level task from the one that
 * handled the event to the frame's own task, which paints it. On a machine shared with other work the
 * wall time to the paint includes every wait for a core; this is what the page itself spent, and
 * what an idle machine would show as wall time (give or take the compositor).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { outermostMainTasks, type TraceEvent } from './traceSummary';

/**
 * performance.mark names the page's change timer (pageProbes.armChange) sets: at the event, in the
 * frame that paints the change (a requestAnimationFrame callback) and when that frame is over.
 */
export const CHANGE_START = 'bench:change-start';
export const CHANGE_FRAME = 'bench:change-frame';
export const CHANGE_PAINTED = 'bench:change-painted';

/**
 * Runs `body` under a trace; the CPU ms of the page's main thread from CHANGE_START to
 * CHANGE_FRAME (the painting frame's task). The trace is kept in `keep` when given (for Perfetto or chrome://tracing).
 */
export async function tracedChange<T>(
  page: Page,
  body: () => Promise<T>,
  keep?: string,
): Promise<{ value: T; cpuMs: number | null }> {
  const browser = page.context().browser();
  if (!browser) return { value: await body(), cpuMs: null };
  await browser.startTracing(page, {
    categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'],
  });
  let json = '';
  try {
    const value = await body();
    json = (await browser.stopTracing()).toString('utf8');
    if (keep) writeFileSync(keep, json);
    return { value, cpuMs: changeCpuMs(JSON.parse(json) as { traceEvents: TraceEvent[] }) };
  } catch (error) {
    if (json === '') await browser.stopTracing().catch(() => undefined);
    throw error;
  }
}

export function changeCpuMs(trace: { traceEvents: readonly TraceEvent[] }): number | null {
  const events = trace.traceEvents;
  const mark = (name: string): TraceEvent | undefined => events.find((e) => e.name === name);
  const start = mark(CHANGE_START);
  // Up to the task of the painting frame: what runs after it (work held back until the paint) and
  // before the timer's message arrives is not the change's.
  const painted = mark(CHANGE_FRAME) ?? mark(CHANGE_PAINTED);
  if (!start || !painted) return null;
  // The main thread is the one the marks were set on.
  const thread = (e: TraceEvent): boolean => e.pid === start.pid && e.tid === start.tid;
  let cpu = 0;
  for (const task of outermostMainTasks(events, thread)) {
    const dur = task.dur ?? 0;
    if (task.ts + dur < start.ts || task.ts > painted.ts) continue;
    cpu += task.tdur ?? dur;
  }
  return cpu / 1000;
}
