// Open whatever plan file the planner points at: `.strata` / `.json` through the shared reader,
// a PNG exported by Strata through the plan embedded in it (by its name, or by its first bytes
// when it is named otherwise). Every path ends in `loadPlan`.
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadPlan } from '../../shared/load/loadPlan';
import type { Plan } from '../../shared/model/plan';
import { MAX_PNG_BYTES, planFileKind, type PlanFileKind } from '../../shared/model/planFiles';
import { PNG_SIGNATURE, hasPngSignature } from '../../shared/png/chunks';
import { extractPlanFromPng } from '../../shared/png/pngText';
import { describeReadError } from './fsErrors';
import { readPlanFile } from './readPlanFile';

export type OpenAnyResult =
  | { readonly ok: true; readonly plan: Plan; readonly kind: PlanFileKind; readonly name: string }
  | { readonly ok: false; readonly name: string; readonly message: string };

export async function openAnyPlan(path: string): Promise<OpenAnyResult> {
  const name = basename(path);
  const named = planFileKind(path);
  const kind = named === 'png' || (await startsLikePng(path)) ? 'png' : named;
  if (kind !== 'png') {
    const loaded = await readPlanFile(path);
    if (loaded.ok) return { ok: true, plan: loaded.plan, kind, name };
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
  const loaded = loadPlan(extracted.text);
  return loaded.ok
    ? { ok: true, plan: loaded.plan, kind, name }
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
