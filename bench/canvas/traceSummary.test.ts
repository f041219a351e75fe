import { describe, expect, it } from 'vitest';
import { longestMainTasks, summariseTrace, traceText } from './traceSummary';

const meta = (pid: number, tid: number, name: string) => ({ ph: 'M', name: 'thread_name', pid, tid, ts: 0, args: { name } });
const slice = (pid: number, tid: number, name: string, ts: number, ms: number) => ({ ph: 'X', name, pid, tid, ts, dur: ms * 1000 });

describe('summariseTrace', () => {
  it('sums each thread’s top-level tasks and names what ran inside them, busiest first', () => {
    const trace = {
      traceEvents: [
        meta(1, 1, 'CrRendererMain'),
        meta(1, 2, 'ThreadPoolForegroundWorker'),
        slice(1, 1, 'ThreadControllerImpl::RunTask', 0, 10),
        slice(1, 1, 'ProxyMain::BeginMainFrame', 0, 8),
        slice(1, 2, 'ThreadPool_RunTask', 0, 30),
        slice(1, 2, 'RasterTask', 0, 28),
        slice(1, 2, 'ThreadPool_RunTask', 40_000, 20),
        slice(1, 2, 'RasterTask', 40_000, 19),
        { ph: 'B', name: 'ignored', pid: 1, tid: 1, ts: 5 },
      ],
    };
    const threads = summariseTrace(JSON.stringify(trace));
    expect(threads.map((t) => [t.thread, t.busyMs])).toEqual([
      ['ThreadPoolForegroundWorker', 50],
      ['CrRendererMain', 10],
    ]);
    expect(threads[0]?.top).toEqual([['RasterTask', 47]]);
    expect(traceText(threads, 100)).toContain('ThreadPoolForegroundWorker: busy 50 ms of 100 · RasterTask 47');
  });

  it('reads a bare array of events too, and names unnamed threads by pid:tid', () => {
    const threads = summariseTrace(JSON.stringify([slice(7, 9, 'RunTask', 0, 6)]));
    expect(threads).toEqual([{ thread: '7:9', busyMs: 6, top: [] }]);
  });
});

describe('longestMainTasks', () => {
  it('ranks the main thread’s outermost tasks by CPU time, naming the script calls in each', () => {
    const cpu = (e: ReturnType<typeof slice>, ms: number) => ({ ...e, tdur: ms * 1000 });
    const call = (ts: number, ms: number, functionName: string) => ({
      ...slice(1, 1, 'FunctionCall', ts, ms),
      args: { data: { functionName } },
    });
    const trace = [
      meta(1, 1, 'CrRendererMain'),
      meta(1, 2, 'DedicatedWorker thread'),
      // A long wait with little CPU, then a shorter task that is all CPU; RunTask wraps the same span.
      cpu(slice(1, 1, 'RunTask', 1000, 500), 20),
      cpu(slice(1, 1, 'ThreadControllerImpl::RunTask', 1000, 500), 20),
      call(1100, 10, 'wait'),
      cpu(slice(1, 1, 'ThreadControllerImpl::RunTask', 600_000, 120), 110),
      call(600_000, 100, 'onmessage'),
      slice(1, 1, 'MinorGC', 700_000, 15),
      // Another thread's task is not the page's.
      cpu(slice(1, 2, 'ThreadControllerImpl::RunTask', 0, 900), 900),
    ];
    const tasks = longestMainTasks(JSON.stringify(trace));
    expect(tasks.map((t) => t.cpuMs)).toEqual([110, 20]);
    expect(tasks[0]?.ms).toBe(120);
    expect(tasks[0]?.atMs).toBeCloseTo(599);
    expect(tasks[0]?.inside).toEqual([
      ['FunctionCall onmessage', 100],
      ['MinorGC', 15],
    ]);
  });
});
