/**
 * The import, off the main thread: files and options in, progress and the result out. The
 * window never freezes on a 300-host workbook, and Cancel is `worker.terminate()`.
 * read-excel-file's universal build reads workbooks here (no DOM or Node APIs needed).
 */
import readXlsxFile from 'read-excel-file/universal';
import { importFiles } from '../../shared/import/registry';
import { packLayout } from '../../shared/layout/layoutTransfer';
import { layoutPlan } from '../../shared/layout/planLayout';
import { buildReport } from '../../shared/metrics/report';
import type { XlsxReader } from '../../shared/import/types';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

type Options = NonNullable<Parameters<typeof readXlsxFile>[1]>;

const readXlsx: XlsxReader = (data, options) =>
  readXlsxFile(data, { sheets: options.sheets ? [...options.sheets] : undefined } as Options);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const { files, options } = e.data;
  void importFiles(
    files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
    options,
    { readXlsx, onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }) },
  )
    .then((result) => {
      if (!result.ok) {
        scope.postMessage({ type: 'done', result });
        return;
      }
      // New plan from import opens this plan as it is: its layout and figures are ready then.
      const layout = packLayout(layoutPlan(result.plan), result.plan.nodes);
      const prepared = { layout, report: buildReport(result.plan) };
      scope.postMessage(
        { type: 'done', result, prepared },
        layout.flatMap((l) => [l.order.buffer, l.boxes.buffer, l.absolute.buffer]),
      );
    })
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'done',
        result: {
          ok: false,
          file: files[0]?.name ?? 'import',
          place: null,
          reason: String(error),
          message: `${files[0]?.name ?? 'import'}: ${String(error)}`,
        },
      }),
    );
};
