/**
 * Starts a consolidation in a Web Worker: progress as it goes, the outcome at the end, Cancel at
 * will (the worker is terminated: nothing of the document has changed until the outcome is used).
 */
import type { Plan } from '../../shared/model/plan';
import type { OptimizeOptions, Progress } from '../../shared/optimize/types';
import type { ConsolidateOutcome, ConsolidateReply, ConsolidateRequest } from './workerProtocol';

export interface RunningConsolidation {
  /** The outcome; null after `cancel()`. */
  readonly outcome: Promise<ConsolidateOutcome | null>;
  cancel(): void;
}

export function runConsolidate(
  plan: Plan,
  options: OptimizeOptions,
  onProgress: (progress: Progress) => void,
): RunningConsolidation {
  const worker = new Worker(new URL('./consolidateWorker.ts', import.meta.url), {
    type: 'module',
  });
  let settle: (outcome: ConsolidateOutcome | null) => void = () => {};
  const outcome = new Promise<ConsolidateOutcome | null>((resolve) => (settle = resolve));
  const finish = (value: ConsolidateOutcome | null): void => {
    settle(value);
    worker.terminate();
  };
  worker.onmessage = (e: MessageEvent<ConsolidateReply>) => {
    if (e.data.type === 'progress') onProgress(e.data.progress);
    else finish(e.data.outcome);
  };
  worker.onerror = (e) => finish({ ok: false, reason: e.message, about: 'internal' });
  const request: ConsolidateRequest = { plan, options };
  worker.postMessage(request);
  return { outcome, cancel: () => finish(null) };
}
