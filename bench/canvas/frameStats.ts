/** Frame times from `requestAnimationFrame` timestamps: the intervals, their median and tail. */

export interface FrameStats {
  readonly frames: number;
  readonly durationMs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Frames longer than 50 ms (visible stutter). */
  readonly longFrames: number;
}

/** The value below which `q` of the sorted values fall (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function frameStats(timestamps: readonly number[]): FrameStats {
  const intervals: number[] = [];
  for (let i = 1; i < timestamps.length; i += 1) intervals.push((timestamps[i] ?? 0) - (timestamps[i - 1] ?? 0));
  const first = timestamps[0] ?? 0;
  const last = timestamps[timestamps.length - 1] ?? first;
  return {
    frames: intervals.length,
    durationMs: last - first,
    medianMs: median(intervals),
    p95Ms: quantile(intervals, 0.95),
    maxMs: intervals.length > 0 ? Math.max(...intervals) : Number.NaN,
    longFrames: intervals.filter((ms) => ms > 50).length,
  };
}
