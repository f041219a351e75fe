import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

describe('afterPaint', () => {
  const frames: (() => void)[] = [];
  const idle: { run: () => void; timeout: number | undefined }[] = [];
  const log: string[] = [];

  function stub(): void {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) =>
      idle.push({ run, timeout: options?.timeout }),
    );
  }
  const frame = (): void => {
    for (const run of frames.splice(0)) run();
  };

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    frames.length = 0;
    idle.length = 0;
    log.length = 0;
  });

  it('runs in a task of its own after the given number of frames', () => {
    stub();
    afterPaint(() => log.push('work'), { frames: 2 });
    frame();
    vi.runAllTimers();
    expect(log).toEqual([]);
    frame();
    expect(log).toEqual([]);
    vi.runAllTimers();
    expect(log).toEqual(['work']);
  });

  it('runs inside the frame, or when idle within the given time', () => {
    stub();
    afterPaint(() => log.push('drawn'), { then: 'frame' });
    afterPaint(() => log.push('idle'), { then: 'idle', idleWithinMs: 100 });
    frame();
    expect(log).toEqual(['drawn']);
    expect(idle.map((i) => i.timeout)).toEqual([100]);
    idle[0]?.run();
    expect(log).toEqual(['drawn', 'idle']);
  });

  it('does nothing once cancelled, and runs at once where there are no frames', () => {
    stub();
    const cancel = afterPaint(() => log.push('late'));
    cancel();
    frame();
    vi.runAllTimers();
    expect(log).toEqual([]);
    vi.unstubAllGlobals();
    vi.stubGlobal('requestAnimationFrame', undefined);
    afterPaint(() => log.push('now'));
    expect(log).toEqual(['now']);
  });
});
