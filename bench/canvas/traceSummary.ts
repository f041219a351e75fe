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
  readonly args?: { readonly name?: string; readonly data?: { readonly functionName?: string } };
}

export interface ThreadBusy {
  readonly thread: string;
  /** Sum of the thread's top-level tasks, ms. */
  readonly busyMs: number;
  /** The longest-running event names under those tasks, ms each. */
  readonly top: readonly (readonly [string, number])[];
}

/** A renderer main thread's tasks, as Chromium's trace names them. */
export const MAIN_THREAD_TASKS: ReadonlySet<string> = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Where a trace starts (µs): its first timed event. A loop: a long trace has more events than a call's arguments may. */
export function traceStart(events: readonly TraceEvent[]): number {
  let start = Infinity;
  for (const e of events) if (e.ts > 0 && e.ts < start) start = e.ts;
  return start;
}

/** `pid:tid` of every renderer main thread (`CrRendererMain`) in a trace. */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const main = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(`${e.pid}:${e.tid}`);
  return main;
}

/**
 * The main-thread tasks of the events `onThread` keeps, outermost only, in time order: a task
 * nested in another (a nested run loop, or the RunTask around a ThreadControllerImpl::RunTask of
 * the same span) is counted in its parent.
 */
export function outermostMainTasks(
  events: readonly TraceEvent[],
  onThread: (e: TraceEvent) => boolean,
): TraceEvent[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && MAIN_THREAD_TASKS.has(e.name) && onThread(e))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    outer.push(e);
  }
  return outer;
}

/** Any thread's top-level tasks: they only wrap the events worth naming. */
const TASK = new Set([...MAIN_THREAD_TASKS, 'ThreadPool_RunTask', 'TaskGraphRunner::RunTask']);

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

export interface MainTask {
  /** From the trace's first event, ms. */
  readonly atMs: number;
  /** Wall time, ms. */
  readonly ms: number;
  /** The main thread's CPU time in it, ms: what a loaded machine does not inflate. */
  readonly cpuMs: number;
  /** Its longest events inside (script, style, layout, paint…), by name, ms of wall time. */
  readonly inside: readonly (readonly [string, number])[];
}

/**
 * The renderer main thread's longest tasks by CPU time (`tdur`): which task of an open is the
 * longest on an idle machine, when the Long Tasks API's wall times are mostly a loaded machine's wait.
 */
export function longestMainTasks(json: string, count = 8): MainTask[] {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const isMain = (e: TraceEvent): boolean => e.pid === main.pid && e.tid === main.tid;
  const onMain = events.filter((e) => isMain(e) && e.ph === 'X' && e.dur !== undefined);
  const start = traceStart(events);
  const tasks = outermostMainTasks(onMain, isMain).sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, count);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const e of onMain)
      if (e !== task && !TASK.has(e.name) && e.ts >= task.ts && e.ts < end) {
        const name = e.name === 'FunctionCall' && e.args?.data?.functionName ? `${e.name} ${e.args.data.functionName}` : e.name;
        inside.set(name, (inside.get(name) ?? 0) + (e.dur ?? 0) / 1000);
      }
    return {
      atMs: (task.ts - start) / 1000,
      ms: (task.dur ?? 0) / 1000,
      cpuMs: (task.tdur ?? 0) / 1000,
      inside: [...inside].sort((a, b) => b[1] - a[1]).slice(0, 8),
    };
  });
}

/** The open's trace: the gestures' categories and the script calls that fill each task. */
export const OPEN_TRACE_CATEGORIES = [...TRACE_CATEGORIES, 'devtools.timeline', 'v8.execute'];

export function mainTasksText(tasks: readonly MainTask[]): string {
  return tasks
    .map((t) => `    at ${t.atMs.toFixed(0)} ms: ${t.cpuMs.toFixed(0)} ms CPU (${t.ms.toFixed(0)} ms wall) · ${t.inside.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' · ')}`)
    .join('\n');
}
