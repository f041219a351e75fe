/** A trailing debounce that still fires at least every `maxWait` ms while calls keep coming. */
export interface Debouncer {
  schedule(): void;
  /** Runs now if a call is pending. */
  flush(): void;
  cancel(): void;
}

export function debounce(run: () => void, wait: number, maxWait: number): Debouncer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstCall: number | null = null;
  const fire = (): void => {
    cancel();
    run();
  };
  function cancel(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstCall = null;
  }
  return {
    schedule() {
      const now = Date.now();
      firstCall ??= now;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(wait, firstCall + maxWait - now)));
    },
    flush() {
      if (timer !== null) fire();
    },
    cancel,
  };
}
