/**
 * The V8 samples a Chrome trace carries (category `disabled-by-default-v8.cpu_profiler`), per
 * thread and on the trace's own clock, so that each long task of the main thread, and the worker's
 * busy time, can be attributed to the functions that ran in it. Profiling only.
 */
import type { ResolvePlace } from './sourceMaps';
import { MAIN_THREAD_TASKS, rendererMainThreads, type TraceEvent } from './traceSummary';

/** The categories a trace needs for `threadSamples` and the main thread's tasks. */
export const SAMPLED_TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
];

interface ChunkNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { readonly functionName: string; readonly url?: string; readonly lineNumber?: number; readonly columnNumber?: number };
}

interface ProfileEvent extends TraceEvent {
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly functionName?: string;
      readonly startTime?: number;
      readonly cpuProfile?: { readonly nodes?: readonly ChunkNode[]; readonly samples?: readonly number[] };
      readonly timeDeltas?: readonly number[];
    };
  };
}

/** One sample: when (µs, trace clock), for how long (to the next sample), and its stack, leaf first. */
export interface Sample {
  readonly ts: number;
  readonly us: number;
  readonly stack: readonly string[];
}

export interface ThreadSamples {
  readonly thread: string;
  readonly samples: readonly Sample[];
}

// '(program)' stays: it is the thread's native work (style, layout, paint, parsing, the bindings).
const IDLE = new Set(['(idle)', '(root)']);

/** Every sampled thread of the trace, by its name (CrRendererMain, DedicatedWorker thread, …). */
export function threadSamples(events: readonly TraceEvent[], resolve?: ResolvePlace): ThreadSamples[] {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, ChunkNode>; samples: Sample[] }>();
  const label = (n: ChunkNode): string => {
    const { functionName, url = '', lineNumber = 0, columnNumber = 0 } = n.callFrame;
    const place = url ? resolve?.(url, lineNumber, columnNumber) : null;
    const file = place ? ` ${place.source}:${place.line}` : url ? ` ${url.split('/').pop() ?? ''}:${lineNumber + 1}` : '';
    return `${functionName || '(anonymous)'}${file}`;
  };
  const sorted = [...(events as readonly ProfileEvent[])].filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    const key = `${e.pid}:${e.id ?? ''}`;
    if (e.name === 'Profile') {
      profiles.set(key, { thread: names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`, time: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [] });
      continue;
    }
    const profile = profiles.get(key);
    if (!profile) continue;
    for (const n of e.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(n.id, n);
    const ids = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      profile.time += deltas[i] ?? 0;
      const stack: string[] = [];
      for (let at: number | undefined = id; at !== undefined; ) {
        const node = profile.nodes.get(at);
        if (!node) break;
        stack.push(label(node));
        at = node.parent;
      }
      profile.samples.push({ ts: profile.time, us: 0, stack });
    });
  }
  return [...profiles.values()].map((p) => ({
    thread: p.thread,
    // A sample's time is the gap to the next one (the last one counts for nothing).
    samples: p.samples.map((s, i, all) => ({ ...s, us: Math.max(0, (all[i + 1]?.ts ?? s.ts) - s.ts) })),
  }));
}

export interface Attribution {
  /** ms of samples that were not idle. */
  readonly busyMs: number;
  /** Self time by function, most first. */
  readonly self: readonly (readonly [string, number])[];
  /** Inclusive time of the repository's own functions (renderer/, shared/), most first. */
  readonly ours: readonly (readonly [string, number])[];
}

const OURS = / (renderer|shared)\//;

/** Where a thread's samples between `from` and `to` (µs, trace clock) went. */
export function attribute(samples: readonly Sample[], from: number, to: number, top = 8): Attribution {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const s of samples) {
    if (s.ts < from || s.ts >= to) continue;
    const leaf = s.stack[0] ?? '(root)';
    if (IDLE.has(leaf)) continue;
    const ms = s.us / 1000;
    busy += ms;
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    for (const name of new Set(s.stack)) if (OURS.test(name)) total.set(name, (total.get(name) ?? 0) + ms);
  }
  const most = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { busyMs: busy, self: most(self), ours: most(total) };
}

/**
 * The attribution in two lines. Samples are taken on the wall clock, so on a busy machine a thread
 * waiting for a core still collects them: with `cpuMs` (the task's CPU time from the trace) each
 * share is given as that part of the CPU time instead.
 */
export function attributionText(a: Attribution, cpuMs: number | null = null, indent = '      '): string {
  const scale = cpuMs !== null && a.busyMs > 0 ? cpuMs / a.busyMs : 1;
  const list = (xs: readonly (readonly [string, number])[]) => xs.map(([n, ms]) => `${n} ${(ms * scale).toFixed(0)}`).join(' · ');
  const head = cpuMs !== null ? `${a.busyMs.toFixed(0)} ms sampled, shares as ms of its ${cpuMs} ms CPU` : `${a.busyMs.toFixed(0)} ms sampled`;
  return [`${indent}${head}; self: ${list(a.self)}`, `${indent}Strata's own, inclusive: ${list(a.ours)}`].join('\n');
}

/** The trace's named events on the page's main thread between `from` and `to` (µs), by summed wall time. */
export function mainThreadEvents(events: readonly TraceEvent[], from: number, to: number, top = 6): string {
  const main = rendererMainThreads(events);
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < from || e.ts >= to || !main.has(`${e.pid}:${e.tid}`)) continue;
    if (MAIN_THREAD_TASKS.has(e.name)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' · ');
}
