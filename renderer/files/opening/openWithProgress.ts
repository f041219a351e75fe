/**
 * One open, as the planner sees it: the progress indicator from the first byte to the frame that
 * shows the plan, the reading, parsing and loading in a worker (./openInWorker.ts).
 */
import { afterPaint } from '../../store/afterPaint';
import type { OpenOutcome } from '../documentHost';
import { openInWorker, type CreateWorker, createOpenWorker } from './openInWorker';
import type { Opening, OpenRequest } from './openProtocol';

export type ReportOpening = (state: Opening | null) => void;

export async function openWithProgress(
  request: OpenRequest,
  report: ReportOpening,
  create: CreateWorker | null = createOpenWorker,
): Promise<OpenOutcome> {
  const { fileName } = request;
  const read = await openInWorker(request, (progress) => report({ fileName, progress }), create);
  if (!read.ok) {
    report(null);
    return { status: 'failed', message: read.message };
  }
  // The plan replaces the document as soon as this returns; the indicator goes once it is drawn
  // (React Flow takes the new cards a task after the change: two frames).
  report({ fileName, progress: { stage: 'drawing', fraction: null } });
  afterPaint(() => report(null), { frames: 2 });
  return { status: 'opened', plan: read.plan, document: read.document, name: fileName };
}
