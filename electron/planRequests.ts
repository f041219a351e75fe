// Asking the renderer for the current plan's JSON (main shows the Save prompt when the window
// closes, but the plan lives in the renderer): a numbered request, answered or timed out.
export interface PlanRequests {
  /** The plan's JSON text, or null if the window did not answer in time. */
  request(): Promise<string | null>;
  /** Called with the renderer's answer; unknown ids and non-text answers are ignored. */
  answer(id: unknown, text: unknown): void;
}

export function createPlanRequests(send: (id: number) => void, timeoutMs = 10_000): PlanRequests {
  let nextId = 1;
  const pending = new Map<number, (text: string | null) => void>();
  return {
    request() {
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => settle(null), timeoutMs);
        const settle = (text: string | null): void => {
          clearTimeout(timer);
          pending.delete(id);
          resolve(text);
        };
        pending.set(id, settle);
        try {
          send(id);
        } catch {
          settle(null);
        }
      });
    },
    answer(id, text) {
      if (typeof id !== 'number') return;
      pending.get(id)?.(typeof text === 'string' ? text : null);
    },
  };
}
