/**
 * The worker's work, as a plain function (the worker entry is a thin shell around it, and tests
 * call it directly): the file's bytes or text → the loaded document (every scenario), posted in
 * slices; or the message, in the request's language.
 */
import { langOf } from '../../../shared/i18n/lang';
import { loadDocument } from '../../../shared/load/loadDocument';
import { loadErrorText } from '../../../shared/load/loadResult';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import { postDocument } from '../../store/documentSlices';
import { cannotOpen, readPlanBytes } from '../readPlanBytes';
import type { OpenRequest, WorkerMessage } from './openProtocol';

export function runOpen(request: OpenRequest, post: (message: WorkerMessage) => void): void {
  post({ type: 'stage', stage: 'checking' });
  const read = readRequest(request);
  if (!read.ok) {
    post({ type: 'failed', message: read.message });
    return;
  }
  // The page receives the plan's slices while the worker lays it out.
  postDocument(read.document, post, { sending: () => post({ type: 'stage', stage: 'receiving' }) });
}

function readRequest(
  request: OpenRequest,
): { ok: true; document: ScenarioSet } | { ok: false; message: string } {
  const lang = langOf(request.locale);
  if (request.kind === 'bytes') return readPlanBytes(request.fileName, request.bytes, lang);
  const loaded = loadDocument(request.text);
  return loaded.ok
    ? { ok: true, document: loaded.document }
    : { ok: false, message: cannotOpen(request.fileName, loadErrorText(loaded.error, lang), lang) };
}
