// Open whatever plan file the planner points at: `.strata` / `.json` through the shared reader,
// a PNG or SVG exported by Strata through the plan embedded in it (the kinds and their size
// limits: shared/model/planFiles.ts). Every path ends in `loadDocument`.
import { open, stat } from 'node:fs/promises';
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
  type DocumentResult,
  type LoadError,
} from '../../shared/load/loadResult';
import { formatMiB } from '../../shared/load/parseText';
import type { Plan } from '../../shared/model/plan';
import { PLAN_FILE_TYPES, planFileKind, type PlanFileKind } from '../../shared/model/planFiles';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { describeReadError, readErrorMessage } from './fsErrors';
import { readDocumentFile } from './readPlanFile';

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

/** The first bytes of a file (to tell a picture from a plan by its content). */
async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The file's bytes, or the size refusal (English and as a catalog message). */
async function readAtMost(
  path: string,
  limit: number,
): Promise<Uint8Array | { readonly message: string; readonly said: Message }> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.size > limit) {
      const params = { size: formatMiB(info.size), max: limit / (1024 * 1024) };
      return {
        message: `the file is ${params.size}; Strata opens it up to ${params.max} MiB`,
        said: message('open.tooBig.file', params),
      };
    }
    const buffer = new Uint8Array(info.size);
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesRead } = await handle.read(buffer, offset, buffer.length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

export async function openAnyPlan(path: string): Promise<OpenAnyResult> {
  const name = basename(path);
  let kind = planFileKind(path);
  // By content first: a Strata PNG or SVG renamed to .strata still opens as one.
  const first = await head(path).catch(() => null);
  if (first !== null) kind = sniffPlanFileKind(name, first);
  if (!PLAN_FILE_TYPES[kind].embedded) {
    const loaded = await readDocumentFile(path);
    if (loaded.ok) return opened(loaded, kind, name);
    // Read failures name the file as the place; the caller names the file already.
    const { place, reason, message } = loaded.error;
    return { ok: false, name, message: place === name ? reason : message, error: loaded.error };
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return { ok: false, name, message: 'it is a folder, not a file', said: message('load.folder') };
    if (!info.isFile())
      return { ok: false, name, message: 'it is not a regular file', said: message('load.notRegular') };
    const read = await readAtMost(path, PLAN_FILE_TYPES[kind].maxBytes);
    if (!(read instanceof Uint8Array)) return { ok: false, name, ...read };
    bytes = read;
  } catch (error) {
    return { ok: false, name, message: describeReadError(error), said: readErrorMessage(error) };
  }
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
