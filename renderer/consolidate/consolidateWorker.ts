/**
 * Plan ▸ Consolidate…'s Web Worker: runs the optimizer off the main thread (consolidateJob.ts).
 * HiGHS's WebAssembly is fetched from the build's own assets (`?url`) on first use only, for a
 * group small enough to solve exactly; Cancel is `worker.terminate()`.
 */
import loadHighs from 'highs';
import highsWasm from 'highs/runtime?url';
import type { HighsLike } from '../../shared/optimize/highsAnswer';
import { transferablesOf } from '../store/documentSlices';
import { runConsolidateJob } from './consolidateJob';
import type { ConsolidateReply, ConsolidateRequest } from './workerProtocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ConsolidateRequest>) => void) | null;
  postMessage(reply: ConsolidateReply, transfer?: Transferable[]): void;
};

const load = async (): Promise<HighsLike> =>
  (await loadHighs({ locateFile: () => highsWasm })) as unknown as HighsLike;

scope.onmessage = (e) => {
  void runConsolidateJob(
    e.data,
    (reply) =>
      scope.postMessage(reply, reply.type === 'proposal' ? transferablesOf(reply.part) : []),
    load,
  );
};
