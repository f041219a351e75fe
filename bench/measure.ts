/**
 * Repeated timing with warm-up: run until both a minimum number of samples and a minimum time
 * are reached, collect garbage before each sample (when node runs with --expose-gc) so that one
 * sample does not pay for the garbage of the one before, and keep the median and the minimum.
 */
import { availableParallelism, cpus, totalmem } from 'node:os';

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  /** Median CPU time of the process (user + system, all threads) per sample: robust to other load. */
  readonly cpuMedianMs: number;
  readonly samples: number;
}

export interface MeasureOptions {
  readonly warmups: number;
  readonly warmupMs: number;
  readonly minSamples: number;
  readonly maxSamples: number;
  readonly minTimeMs: number;
}

export const FULL: MeasureOptions = { warmups: 2, warmupMs: 500, minSamples: 7, maxSamples: 200, minTimeMs: 1500 };
export const QUICK: MeasureOptions = { warmups: 1, warmupMs: 100, minSamples: 3, maxSamples: 30, minTimeMs: 300 };

const collectGarbage = (globalThis as { gc?: () => void }).gc;
export const gcExposed = collectGarbage !== undefined;

/** Results are kept here so that no engine can skip the work as unused. */
const sink: unknown[] = [];

export function measure(fn: () => unknown, options: MeasureOptions): Timing {
  const warmStart = performance.now();
  for (let i = 0; i < options.warmups || (performance.now() - warmStart < options.warmupMs && i < options.maxSamples); i++) {
    sink[0] = fn();
  }
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const start = performance.now();
  while (samples.length < options.minSamples || (performance.now() - start < options.minTimeMs && samples.length < options.maxSamples)) {
    collectGarbage?.();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    sink[0] = fn();
    samples.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
  }
  sink.length = 0;
  return { medianMs: median(samples), minMs: Math.min(...samples), cpuMedianMs: median(cpuSamples), samples: samples.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
}

export function describeMachine(): Machine {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}
