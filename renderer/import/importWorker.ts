/**
 * The import, off the main thread: files and options in, progress, the outcome and the imported
 * plan (in slices) out (./importJob.ts). The window never freezes on a 300-host workbook, and
 * Cancel is `worker.terminate()`. read-excel-file's universal build reads workbooks here (no DOM
 * or Node APIs needed).
 */
import readXlsxFile from 'read-excel-file/universal';
import type { XlsxReader } from '../../shared/import/types';
import { transferablesOf } from '../store/documentSlices';
import { runImportJob } from './importJob';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

type Options = NonNullable<Parameters<typeof readXlsxFile>[1]>;

const readXlsx: XlsxReader = (data, options) =>
  readXlsxFile(data, { sheets: options.sheets ? [...options.sheets] : undefined } as Options);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  void runImportJob(
    e.data,
    (reply) => scope.postMessage(reply, reply.type === 'plan' ? transferablesOf(reply.part) : []),
    readXlsx,
  );
};
