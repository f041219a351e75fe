/**
 * A file the planner picked or dropped, as bytes → the plan in it, or the message to show. The
 * same rules as the desktop's `node/files/openAnyPlan.ts`: a PNG or SVG through the plan
 * embedded in it, anything else as UTF-8 JSON; every path ends in the shared loader. Never throws.
 * Messages are in `lang`, the editor's language (English when none is given).
 */
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatMessage } from '../../shared/i18n/message';
import { embeddedPlanText, invalidEmbeddedMessage } from '../../shared/load/embeddedPlan';
import { loadDocument } from '../../shared/load/loadDocument';
import { loadErrorText, type DocumentResult } from '../../shared/load/loadResult';
import { formatMiB } from '../../shared/load/parseText';
import type { Plan } from '../../shared/model/plan';
import { PLAN_FILE_TYPES, planFileKind } from '../../shared/model/planFiles';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';

/** `plan`: the scenario the file opens on; `document`: every scenario of the file. */
export type ReadResult =
  | { readonly ok: true; readonly plan: Plan; readonly document: ScenarioSet }
  | { readonly ok: false; readonly message: string };

function read(loaded: DocumentResult & { ok: true }): ReadResult {
  const { document } = loaded;
  return { ok: true, plan: activeScenarioOf(document).plan, document };
}

/** The message for a file that cannot be opened, as the desktop words it. */
export function cannotOpen(fileName: string, detail: string, lang: Lang = ENGLISH): string {
  return lang.t('open.cannot', { file: fileName, detail });
}

/** Refuses a file by its size before its bytes are read (null: the size is fine). */
export function checkFileSize(fileName: string, size: number, lang: Lang = ENGLISH): string | null {
  const type = PLAN_FILE_TYPES[planFileKind(fileName)];
  if (size <= type.maxBytes) return null;
  const detail = lang.t(type.embedded ? 'open.tooBig.image' : 'open.tooBig.plan', {
    size: formatMiB(size),
    max: type.maxBytes / (1024 * 1024),
  });
  return cannotOpen(fileName, detail, lang);
}

export function readPlanBytes(
  fileName: string,
  bytes: Uint8Array,
  lang: Lang = ENGLISH,
): ReadResult {
  const refuse = (detail: string): ReadResult => ({
    ok: false,
    message: cannotOpen(fileName, detail, lang),
  });
  const tooBig = checkFileSize(fileName, bytes.length, lang);
  if (tooBig !== null) return { ok: false, message: tooBig };
  // By content as well as by name: a Strata PNG or SVG renamed to .strata still opens.
  const embedded = embeddedPlanText(fileName, bytes);
  if (embedded !== null) {
    if (!embedded.ok) return refuse(formatMessage(lang, embedded.said));
    const loaded = loadDocument(embedded.text);
    return loaded.ok
      ? read(loaded)
      : refuse(formatMessage(lang, invalidEmbeddedMessage(embedded.kind, loaded.error)));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(lang.t('open.notUtf8'));
  }
  const loaded = loadDocument(text);
  return loaded.ok ? read(loaded) : refuse(loadErrorText(loaded.error, lang));
}
