// Open whatever plan file the planner points at: `.strata` / `.json` through the shared reader,
// a PNG or SVG exported by Strata through the plan embedded in it (the kinds and their size
// limits: shared/model/planFiles.ts). Every path ends in `loadDocument`.
import { basename } from 'node:path';
import {
  embeddedPlanText,
  invalidEmbedded,
  invalidEmbeddedMessage,
  sniffPlanFileKind,
} from '../../shared/load/embeddedPlan';
import { loadDocument } from '../../shared/load/loadDocument';
import type { Lang } from '../../shared/i18n/lang';
import { formatMessage, message, type Message } from '../../shared/i18n/message';
import {
  loadErrorText,
  loadReasonText,
  loadFailure,
  type DocumentResult,
  type LoadError,
} from '../../shared/load/loadResult';
import { formatMiB } from '../../shared/load/parseText';
import type { Plan } from '../../shared/model/plan';
import { PLAN_FILE_TYPES, planFileKind, type PlanFileKind } from '../../shared/model/planFiles';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { describeReadError, readErrorMessage } from './fsErrors';
import { planText, readBytesOnce, refusalReason, type BytesRefusal } from './readPlanFile';

export type OpenAnyResult =
  | {
      readonly ok: true;
      /** Every scenario of the file (a version-1 file or a picture: one). */
      readonly document: ScenarioSet;
      /** The scenario the file opens on. */
      readonly plan: Plan;
      readonly kind: PlanFileKind;
      readonly name: string;
    }
  | {
      readonly ok: false;
      readonly name: string;
      /** English. */
      readonly message: string;
      /** The loader's error, when the loader refused the file (its place and coded reason). */
      readonly error?: LoadError;
      /** Another refusal as a catalog message (a PNG's, an embedded plan's). */
      readonly said?: Message;
    };

/** Why the file does not open, in the reader's language (the place said once when it is the file). */
export function openFailureText(
  result: Extract<OpenAnyResult, { ok: false }>,
  lang: Lang,
): string {
  const { error, said } = result;
  if (said !== undefined) return formatMessage(lang, said);
  if (error === undefined) return result.message;
  return error.place === result.name ? loadReasonText(error, lang) : loadErrorText(error, lang);
}

function opened(
  loaded: DocumentResult & { ok: true },
  kind: PlanFileKind,
  name: string,
): OpenAnyResult {
  const { document } = loaded;
  return { ok: true, document, plan: activeScenarioOf(document).plan, kind, name };
}

/** Why an embedded plan's file was not read, said as the open's other refusals are. */
function embeddedRefusal(
  refusal: BytesRefusal<PlanFileKind>,
): { readonly message: string; readonly said: Message } {
  if (refusal.why === 'folder')
    return { message: 'it is a folder, not a file', said: message('load.folder') };
  if (refusal.why === 'notRegular')
    return { message: 'it is not a regular file', said: message('load.notRegular') };
  if (refusal.why === 'tooBig') {
    const params = {
      size: formatMiB(refusal.size),
      max: PLAN_FILE_TYPES[refusal.kind].maxBytes / (1024 * 1024),
    };
    return {
      message: `the file is ${params.size}; Strata opens it up to ${params.max} MiB`,
      said: message('open.tooBig.file', params),
    };
  }
  return { message: describeReadError(refusal.error), said: readErrorMessage(refusal.error) };
}

export async function openAnyPlan(path: string): Promise<OpenAnyResult> {
  const name = basename(path);
  // By content first: a Strata PNG or SVG renamed to .strata still opens as one. The kind and
  // the bytes come from one read of the file.
  const read = await readBytesOnce(
    path,
    (head) => sniffPlanFileKind(name, head),
    (kind) => PLAN_FILE_TYPES[kind].maxBytes,
  );
  const kind = read.ok || read.why === 'tooBig' ? read.kind : planFileKind(path);
  if (!PLAN_FILE_TYPES[kind].embedded) {
    const text = read.ok ? planText(name, read.bytes) : loadFailure(name, refusalReason(read));
    const loaded = text.ok ? loadDocument(text.value) : text;
    if (loaded.ok) return opened(loaded, kind, name);
    // Read failures name the file as the place; the caller names the file already.
    const { place, reason, message } = loaded.error;
    return { ok: false, name, message: place === name ? reason : message, error: loaded.error };
  }
  if (!read.ok) return { ok: false, name, ...embeddedRefusal(read) };
  const bytes = read.bytes;
  const extracted = embeddedPlanText(name, bytes);
  if (extracted === null)
    return { ok: false, name, message: 'the file holds no plan', said: message('open.noPlan') };
  if (!extracted.ok) return { ok: false, name, message: extracted.reason, said: extracted.said };
  const loaded = loadDocument(extracted.text);
  return loaded.ok
    ? opened(loaded, kind, name)
    : {
        ok: false,
        name,
        message: invalidEmbedded(extracted.kind, loaded.error.message),
        said: invalidEmbeddedMessage(extracted.kind, loaded.error),
      };
}
