import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once after the calls stop', () => {
    const run = vi.fn();
    const d = debounce(run, 1000, 5000);
    d.schedule();
    vi.advanceTimersByTime(600);
    d.schedule();
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs every maxWait while calls keep coming', () => {
    const run = vi.fn();
    const d = debounce(run, 1000, 3000);
    for (let t = 0; t < 7000; t += 500) {
      d.schedule();
      vi.advanceTimersByTime(500);
    }
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('flushes a pending call now, and cancels', () => {
    const run = vi.fn();
    const d = debounce(run, 1000, 5000);
    d.flush();
    expect(run).not.toHaveBeenCalled();
    d.schedule();
    d.flush();
    expect(run).toHaveBeenCalledTimes(1);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
