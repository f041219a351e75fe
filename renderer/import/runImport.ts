/** Starts an import in a Web Worker: progress as it goes, the result at the end, cancel at will. */
import type { ImportOptions, ImportResult } from '../../shared/import/types';
import { unpackLayout } from '../../shared/layout/layoutTransfer';
import { prepare } from '../store/prepared';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export interface RunningImport {
  readonly result: Promise<ImportResult | null>;
  /** Stops the worker; `result` then resolves to null. */
  cancel(): void;
}

export function runImport(
  files: readonly File[],
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): RunningImport {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let settle: (r: ImportResult | null) => void = () => {};
  const result = new Promise<ImportResult | null>((resolve) => (settle = resolve));
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    if (e.data.type === 'progress') onProgress(e.data.fraction);
    else {
      const { result: done, prepared } = e.data;
      if (done.ok && prepared)
        prepare(done.plan, {
          layout: unpackLayout(prepared.layout, done.plan.nodes),
          report: Promise.resolve(prepared.report),
        });
      settle(done);
      worker.terminate();
    }
  };
  worker.onerror = (e) => {
    settle({
      ok: false,
      file: files[0]?.name ?? 'import',
      place: null,
      reason: e.message,
      message: `${files[0]?.name ?? 'import'}: ${e.message}`,
    });
    worker.terminate();
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
      worker.terminate();
      settle(null);
    },
  };
}
