/**
 * The worker's work, as a plain function (the worker entry is a thin shell around it, and tests
 * call it directly): the file's bytes or text → the loaded plan, posted in slices; or the message.
 */
import { loadPlan } from '../../../shared/load/loadPlan';
import type { Plan } from '../../../shared/model/plan';
import { cannotOpen, readPlanBytes } from '../readPlanBytes';
import { SLICE, type OpenRequest, type WorkerMessage } from './openProtocol';

export function runOpen(request: OpenRequest, post: (message: WorkerMessage) => void): void {
  post({ type: 'stage', stage: 'checking' });
  const read = readRequest(request);
  if (!read.ok) {
    post({ type: 'failed', message: read.message });
    return;
  }
  postPlan(read.plan, post);
}

function readRequest(
  request: OpenRequest,
): { ok: true; plan: Plan } | { ok: false; message: string } {
  if (request.kind === 'bytes') return readPlanBytes(request.fileName, request.bytes);
  const loaded = loadPlan(request.text);
  return loaded.ok
    ? { ok: true, plan: loaded.plan }
    : { ok: false, message: cannotOpen(request.fileName, loaded.error.message) };
}

function postPlan(plan: Plan, post: (message: WorkerMessage) => void): void {
  const { nodes, links, ...head } = plan;
  post({ type: 'stage', stage: 'receiving' });
  post({ type: 'head', plan: head, nodeCount: nodes.length, linkCount: links.length });
  for (let i = 0; i < nodes.length; i += SLICE)
    post({ type: 'nodes', nodes: nodes.slice(i, i + SLICE) });
  for (let i = 0; i < links.length; i += SLICE)
    post({ type: 'links', links: links.slice(i, i + SLICE) });
  post({ type: 'done' });
}
