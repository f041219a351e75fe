/**
 * A file the planner picked or dropped, as bytes → the plan in it, or the message to show. The
 * same rules as the desktop's `node/files/openAnyPlan.ts`: a PNG through the plan embedded in it,
 * anything else as UTF-8 JSON; every path ends in the shared loader. Never throws.
 */
import { loadDocument } from '../../shared/load/loadDocument';
import type { DocumentResult } from '../../shared/load/loadResult';
import { formatMiB } from '../../shared/load/parseText';
import { MAX_FILE_BYTES } from '../../shared/model/plan';
import type { Plan } from '../../shared/model/plan';
import { PNG_SIGNATURE } from '../../shared/png/chunks';
import { extractPlanFromPng } from '../../shared/png/pngText';
import { MAX_PNG_BYTES, planFileKind } from '../../shared/model/planFiles';
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
export function cannotOpen(fileName: string, detail: string): string {
  return `Cannot open "${fileName}": ${detail}`;
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Refuses a file by its size before its bytes are read (null: the size is fine). */
export function checkFileSize(fileName: string, size: number): string | null {
  const limit = planFileKind(fileName) === 'png' ? MAX_PNG_BYTES : MAX_FILE_BYTES;
  if (size <= limit) return null;
  const what = limit === MAX_PNG_BYTES ? 'images' : 'plan files';
  return cannotOpen(
    fileName,
    `the file is ${formatMiB(size)}; Strata opens ${what} up to ${limit / (1024 * 1024)} MiB`,
  );
}

export function readPlanBytes(fileName: string, bytes: Uint8Array): ReadResult {
  const tooBig = checkFileSize(fileName, bytes.length);
  if (tooBig !== null) return { ok: false, message: tooBig };
  // By content as well as by name: a Strata PNG renamed to .strata still opens.
  if (planFileKind(fileName) === 'png' || isPng(bytes)) {
    const extracted = extractPlanFromPng(bytes);
    if (!extracted.ok) return { ok: false, message: cannotOpen(fileName, extracted.reason) };
    const loaded = loadDocument(extracted.text);
    return loaded.ok
      ? read(loaded)
      : {
          ok: false,
          message: cannotOpen(
            fileName,
            `the plan inside this PNG is invalid: ${loaded.error.message}`,
          ),
        };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: cannotOpen(fileName, 'it is not UTF-8 text (a .strata file is UTF-8 JSON)'),
    };
  }
  const loaded = loadDocument(text);
  return loaded.ok
    ? read(loaded)
    : { ok: false, message: cannotOpen(fileName, loaded.error.message) };
}
