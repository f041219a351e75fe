// Open whatever plan file the planner points at: `.strata` / `.json` through the shared reader,
// a PNG exported by Strata through the plan embedded in it (by its name, or by its first bytes
// when it is named otherwise). Every path ends in `loadDocument`.
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadDocument } from '../../shared/load/loadDocument';
import type { DocumentResult } from '../../shared/load/loadResult';
import type { Plan } from '../../shared/model/plan';
import { MAX_PNG_BYTES, planFileKind, type PlanFileKind } from '../../shared/model/planFiles';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { PNG_SIGNATURE, hasPngSignature } from '../../shared/png/chunks';
import { extractPlanFromPng } from '../../shared/png/pngText';
import { describeReadError } from './fsErrors';
import { readDocumentFile } from './readPlanFile';

export type OpenAnyResult =
  | {
      readonly ok: true;
      /** Every scenario of the file (a version-1 file or a PNG: one). */
      readonly document: ScenarioSet;
      /** The scenario the file opens on. */
      readonly plan: Plan;
      readonly kind: PlanFileKind;
      readonly name: string;
    }
  | { readonly ok: false; readonly name: string; readonly message: string };

function opened(
  loaded: DocumentResult & { ok: true },
  kind: PlanFileKind,
  name: string,
): OpenAnyResult {
  const { document } = loaded;
  return { ok: true, document, plan: activeScenarioOf(document).plan, kind, name };
}

export async function openAnyPlan(path: string): Promise<OpenAnyResult> {
  const name = basename(path);
  const named = planFileKind(path);
  const kind = named === 'png' || (await startsLikePng(path)) ? 'png' : named;
  if (kind !== 'png') {
    const loaded = await readDocumentFile(path);
    if (loaded.ok) return opened(loaded, kind, name);
    // Read failures name the file as the place; the caller names the file already.
    const { place, reason, message } = loaded.error;
    return { ok: false, name, message: place === name ? reason : message };
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, name, message: 'it is a folder, not a file' };
    if (info.size > MAX_PNG_BYTES) return { ok: false, name, message: 'the image is over 512 MiB' };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, name, message: describeReadError(error) };
  }
  const extracted = extractPlanFromPng(bytes);
  if (!extracted.ok) return { ok: false, name, message: extracted.reason };
  const loaded = loadDocument(extracted.text);
  return loaded.ok
    ? opened(loaded, kind, name)
    : { ok: false, name, message: `the plan inside this PNG is invalid: ${loaded.error.message}` };
}

/** Whether the file begins with the PNG signature; false when it cannot be read (reported later). */
async function startsLikePng(path: string): Promise<boolean> {
  let file: Awaited<ReturnType<typeof open>> | null = null;
  try {
    file = await open(path, 'r');
    const head = new Uint8Array(PNG_SIGNATURE.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return hasPngSignature(head.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await file?.close();
  }
}
