/**
 * Opens a plan without blocking the page: a worker reads, parses and loads it, and the plan comes
 * back in slices, each received as a task of its own, so the window keeps answering input. Where
 * no worker can start (a page served from file://, a test environment) the same work runs here.
 */
import { langOf } from '../../../shared/i18n/lang';
import type { Report } from '../../../shared/metrics/types';
import { afterPaint } from '../../store/afterPaint';
import { DocumentAssembly } from '../../store/documentAssembly';
import type { ReadResult } from '../readPlanBytes';
import { openRequest } from './openCore';
import type { OpenProgress, OpenRequest, PlanDrawn, WorkerMessage } from './openProtocol';

export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: OpenRequest | PlanDrawn, transfer?: Transferable[]): void;
  terminate(): void;
}

export type CreateWorker = () => WorkerLike;

export function createOpenWorker(): WorkerLike {
  return new Worker(new URL('./openWorker.ts', import.meta.url), {
    type: 'module',
    name: 'strata-open',
  });
}

/** The open's own messages (its stages, its failure) around the document's slices. */
class OpenAssembly {
  private readonly document: DocumentAssembly;
  readonly report: Promise<Report | null>;
  started = false;

  constructor(
    private readonly onProgress: (progress: OpenProgress) => void,
    private readonly finish: (result: ReadResult) => void,
  ) {
    this.document = new DocumentAssembly(
      (fraction) => onProgress({ stage: 'receiving', fraction }),
      finish,
    );
    this.report = this.document.report;
  }

  noReport(): void {
    this.document.noReport();
  }

  receive(message: WorkerMessage): void {
    this.started = true;
    if (message.type === 'stage')
      this.onProgress({ stage: message.stage, fraction: message.stage === 'receiving' ? 0 : null });
    else if (message.type === 'failed') {
      this.noReport();
      this.finish({ ok: false, message: message.message });
    } else this.document.receive(message);
  }
}

export function openInWorker(
  request: OpenRequest,
  onProgress: (progress: OpenProgress) => void = () => undefined,
  create: CreateWorker | null = createOpenWorker,
): Promise<ReadResult> {
  return new Promise((resolve) => {
    let worker: WorkerLike | null = null;
    let settled = false;
    const finish = (result: ReadResult): void => {
      if (settled) return;
      settled = true;
      // An opened plan's report is still to come: the worker stays until it has sent it, and
      // computes it once the plan is drawn (React Flow takes the new cards a task after the
      // change: two frames, as the progress indicator waits).
      if (!result.ok) stop();
      else afterPaint(() => worker?.postMessage({ kind: 'drawn' }), { frames: 2 });
      resolve(result);
    };
    const assembly = new OpenAssembly(onProgress, finish);
    const stop = (): void => {
      worker?.terminate();
      worker = null;
      assembly.noReport();
    };
    void assembly.report.then(() => {
      worker?.terminate();
      worker = null;
    });
    // Kept for the page to open the file itself if the worker fails to start (the bytes move).
    let spare: OpenRequest = request;
    const inline = (): void => {
      const receive = (message: WorkerMessage): void => assembly.receive(message);
      openRequest(spare, receive).catch((error: unknown) =>
        receive({
          type: 'failed',
          message: langOf(request.locale).t('open.crashed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        }),
      );
    };
    try {
      worker = create ? create() : null;
    } catch {
      worker = null;
    }
    if (worker === null) {
      inline();
      return;
    }
    worker.onmessage = (event) => {
      spare = request; // started: the copy is not needed any more
      assembly.receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (settled) {
        stop();
        return;
      }
      worker?.terminate();
      worker = null;
      // The worker could not start at all: do the work here rather than not at all.
      if (!assembly.started) inline();
      else finish({ ok: false, message: langOf(request.locale).t('open.workerStopped') });
    };
    const moved = movable(request);
    if (moved && request.kind === 'bytes') spare = { ...request, bytes: request.bytes.slice() };
    worker.postMessage(request, moved ? [moved] : []);
  });
}

/**
 * A file's bytes are moved to the worker, not copied: a structured copy of a 20 MB file is a task
 * of tens of milliseconds on each side. Only a buffer the bytes fill is moved.
 */
function movable(request: OpenRequest): ArrayBuffer | null {
  if (request.kind !== 'bytes') return null;
  const { buffer, byteOffset, byteLength } = request.bytes;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength
    ? buffer
    : null;
}
