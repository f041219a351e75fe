/**
 * The worker's work, as a plain function (the worker entry is a thin shell around it, and tests
 * call it directly): the file's bytes or text → the loaded document (every scenario), posted in
 * slices; or the message, in the request's language.
 */
import { langOf } from '../../../shared/i18n/lang';
import { loadDocument } from '../../../shared/load/loadDocument';
import { loadErrorText } from '../../../shared/load/loadResult';
import type { ScenarioSet } from '../../../shared/model/scenarios';
import { postDocument, postFigures, postPlan } from '../../store/documentSlices';
import { cannotOpen, readPlanBytes } from '../readPlanBytes';
import type { OpenRequest, ReadRequest, WorkerMessage } from './openProtocol';

/** `runOpen`, the chosen file read first (a file that cannot be read is refused with why). */
export async function openRequest(
  request: OpenRequest,
  post: (message: WorkerMessage) => void,
  drawn?: Promise<void>,
): Promise<void> {
  if (request.kind !== 'file') {
    await runOpen(request, post, drawn);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.file.arrayBuffer());
  } catch {
    const lang = langOf(request.locale);
    post({
      type: 'failed',
      message: cannotOpen(request.fileName, lang.t('open.unreadable'), lang),
    });
    return;
  }
  const { fileName, locale } = request;
  await runOpen({ kind: 'bytes', fileName, locale, bytes }, post, drawn);
}

/**
 * With `drawn`, the figures are computed and sent once it settles (the page has drawn the plan),
 * and the promise returned settles after them; without, at once after the plan.
 */
export function runOpen(
  request: ReadRequest,
  post: (message: WorkerMessage) => void,
  drawn?: Promise<void>,
): Promise<void> | undefined {
  post({ type: 'stage', stage: 'checking' });
  const read = readRequest(request);
  if (!read.ok) {
    post({ type: 'failed', message: read.message });
    return undefined;
  }
  const { document } = read;
  // The page receives the plan's slices while the worker lays it out.
  const sending = () => post({ type: 'stage', stage: 'receiving' });
  if (!drawn) {
    postDocument(document, post, { sending });
    return undefined;
  }
  postPlan(document, post, { sending });
  return drawn.then(() => postFigures(document, post));
}

function readRequest(
  request: ReadRequest,
): { ok: true; document: ScenarioSet } | { ok: false; message: string } {
  const lang = langOf(request.locale);
  if (request.kind === 'bytes') return readPlanBytes(request.fileName, request.bytes, lang);
  const loaded = loadDocument(request.text);
  return loaded.ok
    ? { ok: true, document: loaded.document }
    : { ok: false, message: cannotOpen(request.fileName, loadErrorText(loaded.error, lang), lang) };
}
