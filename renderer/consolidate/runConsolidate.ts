/**
 * Starts a consolidation in a Web Worker: progress as it goes, the outcome at the end, Cancel at
 * will (the worker is terminated: nothing of the document has changed until the outcome is used).
 * The proposed plan arrives in slices, each taken in by a task of its own, its tree and layout
 * built as they come and its report the worker's (store/documentAssembly.ts): a 10,000-node
 * proposal in one message cost the page a task of a quarter of a second.
 */
import type { Plan } from '../../shared/model/plan';
import type { OptimizeOptions, Progress } from '../../shared/optimize/types';
import { DocumentAssembly, type Assembled } from '../store/documentAssembly';
import type { ConsolidateOutcome, ConsolidateReply, ConsolidateRequest } from './workerProtocol';

export interface RunningConsolidation {
  /** The outcome; null after `cancel()`. */
  readonly outcome: Promise<ConsolidateOutcome | null>;
  cancel(): void;
}

export interface ConsolidationReceiver {
  /** One reply of the worker, as it arrives. */
  receive(reply: ConsolidateReply): void;
  /** The worker stopped: nothing more comes. */
  stop(): void;
}

/** The page's side of a run: progress passed on, the proposal assembled, the outcome with its plan. */
export function receiveConsolidation(
  onProgress: (progress: Progress) => void,
  settle: (outcome: ConsolidateOutcome) => void,
): ConsolidationReceiver {
  let proposal: Assembled | null = null;
  const assembly = new DocumentAssembly(
    () => undefined,
    (assembled) => (proposal = assembled),
  );
  return {
    receive(reply) {
      if (reply.type === 'progress') onProgress(reply.progress);
      else if (reply.type === 'proposal') assembly.receive(reply.part);
      else if (!reply.outcome.ok) {
        assembly.noReport();
        settle(reply.outcome);
      } else if (proposal?.ok) {
        const { outcome } = reply;
        settle({ ...outcome, result: { ...outcome.result, plan: proposal.plan } });
      } else {
        assembly.noReport();
        settle({ ok: false, reason: 'The proposed plan did not arrive whole.', about: 'internal' });
      }
    },
    stop: () => assembly.noReport(),
  };
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
    receiver.stop();
    settle(value);
    worker.terminate();
  };
  const receiver = receiveConsolidation(onProgress, finish);
  worker.onmessage = (e: MessageEvent<ConsolidateReply>) => receiver.receive(e.data);
  worker.onerror = (e) => finish({ ok: false, reason: e.message, about: 'internal' });
  const request: ConsolidateRequest = { plan, options };
  worker.postMessage(request);
  return { outcome, cancel: () => finish(null) };
}
