/**
 * A Chrome trace of one gesture, summed per thread: how busy each of the renderer's and the GPU
 * process's threads was, and on what. Profiling only: when frames are long but the main thread's
 * script is short, this says whether raster, compositing or the main thread held them.
 */
/** One event of a Chrome trace (`dur`: wall time, `tdur`: the thread's CPU time, in µs). */
export interface TraceEvent {
  readonly ph: string;
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

export interface ThreadBusy {
  readonly thread: string;
  /** Sum of the thread's top-level tasks, ms. */
  readonly busyMs: number;
  /** The longest-running event names under those tasks, ms each. */
  readonly top: readonly (readonly [string, number])[];
}

/** A thread's top-level tasks: they only wrap the events worth naming. */
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask', 'TaskGraphRunner::RunTask']);

export const TRACE_CATEGORIES = ['toplevel', 'cc', 'viz', 'gpu', 'blink', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking'];

export function summariseTrace(json: string, topCount = 5): ThreadBusy[] {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const busy = new Map<string, number>();
  const byName = new Map<string, Map<string, number>>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const ms = e.dur / 1000;
    if (TASK.has(e.name)) busy.set(key, (busy.get(key) ?? 0) + ms);
    else {
      const own = byName.get(key) ?? new Map<string, number>();
      own.set(e.name, (own.get(e.name) ?? 0) + ms);
      byName.set(key, own);
    }
  }
  const out: ThreadBusy[] = [];
  for (const [key, ms] of busy) {
    const top = [...(byName.get(key) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, topCount);
    out.push({ thread: names.get(key) ?? key, busyMs: ms, top });
  }
  return out.sort((a, b) => b.busyMs - a.busyMs);
}

export function traceText(threads: readonly ThreadBusy[], wallMs: number): string {
  return threads
    .filter((t) => t.busyMs >= 5)
    .slice(0, 8)
    .map((t) => `    ${t.thread}: busy ${t.busyMs.toFixed(0)} ms of ${wallMs.toFixed(0)} · ${t.top.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' · ')}`)
    .join('\n');
}
