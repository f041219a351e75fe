/**
 * Starts an import in a Web Worker: progress as it goes, the result at the end, cancel at will.
 * The imported plan arrives in slices, each taken in by a task of its own, its tree and layout built
 * as they come (store/documentAssembly.ts, as an opened file's); its worst failures and report
 * follow it, so the worker stays until they have come.
 */
import type { ImportOptions, ImportResult } from '../../shared/import/types';
import { DocumentAssembly, type Assembled } from '../store/documentAssembly';
import type { SentImport, WorkerReply, WorkerRequest } from './workerProtocol';

export interface RunningImport {
  readonly result: Promise<ImportResult | null>;
  /** Stops the worker if the result has not come yet; `result` then resolves to null. */
  cancel(): void;
}

export interface ImportReceiver {
  /** One reply of the worker, as it arrives. */
  receive(reply: WorkerReply): void;
  /** The worker stopped: nothing more comes. */
  stop(): void;
  /** Settles once the imported plan's report has come, or will not. */
  readonly reportDone: Promise<unknown>;
}

/** The page's side of an import: progress passed on, the plan assembled, the result with its plan. */
export function receiveImport(
  onProgress: (fraction: number) => void,
  settle: (result: ImportResult) => void,
): ImportReceiver {
  let sent: SentImport | null = null;
  const finish = (assembled: Assembled): void => {
    if (sent === null) return;
    if (assembled.ok) settle({ ...sent, plan: assembled.plan });
    else
      settle({ ok: false, file: 'import', place: null, reason: assembled.message, message: assembled.message });
  };
  const assembly = new DocumentAssembly(() => undefined, finish);
  return {
    receive(reply) {
      if (reply.type === 'progress') onProgress(reply.fraction);
      else if (reply.type === 'plan') assembly.receive(reply.part);
      else if (reply.result.ok) sent = reply.result;
      else {
        assembly.noReport();
        settle(reply.result);
      }
    },
    stop: () => assembly.noReport(),
    reportDone: assembly.report,
  };
}

export function runImport(
  files: readonly File[],
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): RunningImport {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let settled = false;
  let settle: (r: ImportResult | null) => void = () => {};
  const result = new Promise<ImportResult | null>(
    (resolve) =>
      (settle = (r) => {
        settled = true;
        resolve(r);
      }),
  );
  const receiver = receiveImport(onProgress, settle);
  const stop = (): void => {
    receiver.stop();
    worker.terminate();
  };
  // The imported plan's report comes after it: the worker stays until then, even once the
  // dialog has closed on New plan from import.
  void receiver.reportDone.then(() => worker.terminate());
  worker.onmessage = (e: MessageEvent<WorkerReply>) => receiver.receive(e.data);
  worker.onerror = (e) => {
    stop();
    if (settled) return;
    const file = files[0]?.name ?? 'import';
    settle({ ok: false, file, place: null, reason: e.message, message: `${file}: ${e.message}` });
  };
  void Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))).then(
    (read) => {
      const request: WorkerRequest = { files: read, options };
      worker.postMessage(
        request,
        read.map((f) => f.bytes),
      );
    },
  );
  return {
    result,
    cancel() {
      if (settled) return;
      stop();
      settle(null);
    },
  };
}
