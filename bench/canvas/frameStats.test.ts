import { describe, expect, it } from 'vitest';
import { frameStats, median, quantile } from './frameStats';

describe('frame statistics from rAF timestamps', () => {
  it('takes the intervals between frames, their median, 95th percentile and maximum', () => {
    // 19 frames of 16.7 ms and one of 100 ms.
    const stamps = [0];
    for (let i = 0; i < 19; i += 1) stamps.push((stamps[stamps.length - 1] ?? 0) + 16.7);
    stamps.push((stamps[stamps.length - 1] ?? 0) + 100);
    const stats = frameStats(stamps);
    expect(stats.frames).toBe(20);
    expect(stats.medianMs).toBeCloseTo(16.7);
    expect(stats.p95Ms).toBeCloseTo(16.7);
    expect(stats.maxMs).toBeCloseTo(100);
    expect(stats.longFrames).toBe(1);
    expect(stats.durationMs).toBeCloseTo(19 * 16.7 + 100);
  });

  it('puts one slow frame in ten in the 95th percentile', () => {
    const intervals = [...Array.from({ length: 18 }, () => 16), 40, 60];
    const stamps = intervals.reduce<number[]>((acc, d) => [...acc, (acc[acc.length - 1] ?? 0) + d], [0]);
    expect(frameStats(stamps).p95Ms).toBe(40);
  });

  it('uses the nearest rank and the middle of an even count', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN without frames rather than a made-up number', () => {
    const stats = frameStats([12]);
    expect(stats.frames).toBe(0);
    expect(stats.medianMs).toBeNaN();
    expect(stats.p95Ms).toBeNaN();
  });
});
