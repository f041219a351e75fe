import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlanRequests } from './planRequests';

afterEach(() => {
  vi.useRealTimers();
});

describe('plan requests', () => {
  it('resolves with the answer to its own id', async () => {
    const sent: number[] = [];
    const requests = createPlanRequests((id) => sent.push(id));
    const first = requests.request();
    const second = requests.request();
    requests.answer(sent[1], '{"b":1}');
    requests.answer(sent[0], '{"a":1}');
    requests.answer(999, 'ignored');
    expect(await first).toBe('{"a":1}');
    expect(await second).toBe('{"b":1}');
  });

  it('treats a missing plan, a silent window and a closed window as no plan', async () => {
    vi.useFakeTimers();
    const sent: number[] = [];
    const requests = createPlanRequests((id) => sent.push(id), 1000);
    const nonText = requests.request();
    requests.answer(sent[0], { not: 'text' });
    expect(await nonText).toBeNull();
    const silent = requests.request();
    vi.advanceTimersByTime(1000);
    expect(await silent).toBeNull();
    const closed = createPlanRequests(() => {
      throw new Error('window gone');
    });
    expect(await closed.request()).toBeNull();
  });
});
