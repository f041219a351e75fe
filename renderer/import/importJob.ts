/**
 * What the import worker does with a request, apart from the worker itself (so that tests run it
 * in Node): the import with progress, its outcome, then the imported plan as an opened file's plan
 * travels — in slices, with its layout, worst failures and report computed here
 * (store/documentSlices.ts) — so that New plan from import leaves none of them to the page.
 */
import { importFiles } from '../../shared/import/registry';
import type { XlsxReader } from '../../shared/import/types';
import { singleScenarioSet } from '../../shared/model/scenarios';
import { postDocument } from '../store/documentSlices';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export async function runImportJob(
  request: WorkerRequest,
  post: (reply: WorkerReply) => void,
  readXlsx: XlsxReader,
): Promise<void> {
  const { files, options } = request;
  const name = files[0]?.name ?? 'import';
  try {
    const result = await importFiles(
      files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      options,
      { readXlsx, onProgress: (fraction) => post({ type: 'progress', fraction }) },
    );
    if (!result.ok) {
      post({ type: 'imported', result });
      return;
    }
    const { plan, ...sent } = result;
    post({ type: 'imported', result: sent });
    postDocument(singleScenarioSet(plan), (part) => post({ type: 'plan', part }));
  } catch (error) {
    const reason = String(error);
    post({
      type: 'imported',
      result: { ok: false, file: name, place: null, reason, message: `${name}: ${reason}` },
    });
  }
}
