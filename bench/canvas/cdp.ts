/**
 * Chrome DevTools Protocol helpers: main-thread time per phase (`Performance.getMetrics`), garbage
 * collection before reading the heap, and CPU profiles of a phase (`Profiler`) summarised by the
 * functions that took the time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import type { MainThread } from './canvasResults';
import type { ResolvePlace } from './sourceMaps';

type Metrics = Readonly<Record<string, number>>;

export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export function mainThreadSince(before: Metrics, after: Metrics): MainThread {
  const delta = (name: string): number => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    taskMs: delta('TaskDuration'),
    scriptMs: delta('ScriptDuration'),
    styleMs: delta('RecalcStyleDuration'),
    layoutMs: delta('LayoutDuration'),
  };
}

export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface HotFunction {
  readonly name: string;
  /** The source file or npm package (with a resolver), else the bundle file. */
  readonly source: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

/** Where a profiled phase spent its time: per function (name and source place), self and total. */
export function summariseProfile(profile: CpuProfile, resolve?: ResolvePlace): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sources = new Map<string, string>();
  const label = (n: ProfileNode): string => {
    const { url, lineNumber, columnNumber } = n.callFrame;
    const place = url ? resolve?.(url, lineNumber, columnNumber) : null;
    const file = place ? `${place.source}:${place.line}` : url ? `${url.split('/').pop() ?? ''}:${lineNumber + 1}` : '';
    const name = `${n.callFrame.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
    sources.set(name, place?.source ?? (url.split('/').pop() || '(native)'));
    return name;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    // A sample's time is the gap to the next one.
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    const leafLabel = label(leaf);
    self.set(leafLabel, (self.get(leafLabel) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const l = label(node);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  });
  return [...total.entries()].map(([name, totalMs]) => ({ name, source: sources.get(name) ?? '', selfMs: self.get(name) ?? 0, totalMs }));
}

export async function profiled<T>(
  cdp: CDPSession | null,
  file: string | null,
  run: () => Promise<T>,
  resolve?: ResolvePlace,
): Promise<{ value: T; hot: HotFunction[] }> {
  if (!cdp || !file) return { value: await run(), hot: [] };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    const value = await run();
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    return { value, hot: summariseProfile(profile as CpuProfile, resolve) };
  } catch (error) {
    await cdp.send('Profiler.stop').catch(() => undefined);
    throw error;
  }
}

const IDLE = new Set(['(idle)', '(program)', '(root)', '(garbage collector)']);
const OURS = /^(renderer|shared)\//;

/** The profile in a few lines: self time by source, then by function, then the total of our own functions. */
export function hotText(hot: readonly HotFunction[], top = 10): string {
  const busy = hot.filter((h) => !IDLE.has(h.name));
  const bySource = new Map<string, number>();
  for (const h of busy) bySource.set(h.source, (bySource.get(h.source) ?? 0) + h.selfMs);
  const sources = [...bySource.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const bySelf = [...busy].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const ours = busy.filter((h) => OURS.test(h.source)).sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  const gc = hot.find((h) => h.name === '(garbage collector)');
  const ms = (v: number): string => v.toFixed(0);
  return [
    `    self time by source (ms): ${sources.map(([source, v]) => `${source} ${ms(v)}`).join(' · ')}${gc ? ` · GC ${ms(gc.selfMs)}` : ''}`,
    `    self time by function:    ${bySelf.map((h) => `${h.name} ${ms(h.selfMs)}`).join(' · ')}`,
    `    total, Strata's own code: ${ours.map((h) => `${h.name} ${ms(h.totalMs)}`).join(' · ')}`,
  ].join('\n');
}
