/**
 * Repeated timing with warm-up, in rounds: each round runs every operation once, so that all of
 * them meet the same load from other work on the machine and their ratios can be taken round by
 * round. Rounds go on until both a minimum number and a minimum time are reached. Garbage is
 * collected before each run (when node runs with --expose-gc), so that no run pays for the
 * garbage of the one before.
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

export const FULL: MeasureOptions = {
  warmups: 2,
  warmupMs: 500,
  minSamples: 7,
  maxSamples: 200,
  minTimeMs: 1500,
};
export const QUICK: MeasureOptions = {
  warmups: 1,
  warmupMs: 100,
  minSamples: 3,
  maxSamples: 30,
  minTimeMs: 300,
};

const collectGarbage = (globalThis as { gc?: () => void }).gc;
export const gcExposed = collectGarbage !== undefined;

/** Results are kept here so that no engine can skip the work as unused. */
const sink: unknown[] = [];

export interface Rounds<K extends string> {
  readonly timings: Record<K, Timing>;
  /** Wall-clock samples per operation, round by round. */
  readonly samples: Record<K, readonly number[]>;
}

export function measureRounds<K extends string>(
  ops: Readonly<Record<K, () => unknown>>,
  options: MeasureOptions,
): Rounds<K> {
  const names = Object.keys(ops) as K[];
  const warmStart = performance.now();
  for (
    let i = 0;
    i < options.warmups ||
    (performance.now() - warmStart < options.warmupMs && i < options.maxSamples);
    i++
  ) {
    for (const name of names) sink[0] = ops[name]();
  }
  const wall = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  const cpu = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  const start = performance.now();
  for (
    let round = 0;
    round < options.minSamples ||
    (performance.now() - start < options.minTimeMs && round < options.maxSamples);
    round++
  ) {
    for (const name of names) {
      collectGarbage?.();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      sink[0] = ops[name]();
      wall[name].push(performance.now() - t0);
      const used = process.cpuUsage(cpu0);
      cpu[name].push((used.user + used.system) / 1000);
    }
  }
  sink.length = 0;
  const timings = Object.fromEntries(
    names.map((name) => [
      name,
      {
        medianMs: median(wall[name]),
        minMs: Math.min(...wall[name]),
        cpuMedianMs: median(cpu[name]),
        samples: wall[name].length,
      },
    ]),
  ) as Record<K, Timing>;
  return { timings, samples: wall };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
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
