// The plan inside an exported PNG: a tEXt chunk before IEND, keyed by Strata's MIME type, holding
// `v1:` + base64 of the zlib-deflated UTF-8 plan JSON. tEXt is Latin-1 without NUL, hence base64.
import { Unzlib, strFromU8, strToU8, zlibSync } from 'fflate';
import { MAX_FILE_BYTES } from '../model/plan';
import { decodeBase64, encodeBase64 } from './base64';
import { PNG_SIGNATURE, concatBytes, encodeChunk, readChunks } from './chunks';
import type { PngChunk } from './chunks';
import { readTextChunk, textChunkData, textChunkKeyword } from './textChunks';

export const STRATA_PNG_KEYWORD = 'application/vnd.strata.plan+json';
/** The version of the embedding (not of the plan format, which the plan JSON carries itself). */
export const STRATA_PNG_VERSION = 1;

export type PngPlanResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

export const PNG_REASONS = {
  notPng: 'not a PNG file',
  noPlan: 'this PNG was not exported by Strata (it holds no plan)',
  newer: 'the plan inside this PNG was made by a newer version of Strata',
} as const;

/** A copy of `png` carrying `planJson`; any Strata plan already in it is replaced. */
export function embedPlanInPng(png: Uint8Array, planJson: string): Uint8Array {
  const scan = readChunks(png);
  if (!scan.ok) throw new Error('embedPlanInPng: the image is not a complete PNG file');
  const kept = scan.chunks.filter((chunk) => chunk.type !== 'IEND' && !isStrataChunk(chunk));
  const iend = scan.chunks[scan.chunks.length - 1];
  if (!iend) throw new Error('embedPlanInPng: the image has no IEND chunk');
  const payload = `v${STRATA_PNG_VERSION}:${encodeBase64(zlibSync(strToU8(planJson), { level: 9 }))}`;
  const planChunk = encodeChunk('tEXt', textChunkData(STRATA_PNG_KEYWORD, payload));
  return concatBytes([
    Uint8Array.from(PNG_SIGNATURE),
    ...kept.map((chunk) => chunk.raw),
    planChunk,
    iend.raw,
  ]);
}

/** The plan JSON text inside a PNG exported by Strata, or the reason it cannot be had. */
export function extractPlanFromPng(bytes: Uint8Array): PngPlanResult {
  const scan = readChunks(bytes);
  if (!scan.ok) {
    if (scan.problem === 'signature') return fail(PNG_REASONS.notPng);
    if (scan.problem === 'truncated') {
      return fail(`this PNG file is cut short (chunk ${scan.index} is incomplete)`);
    }
    return fail('this PNG file is cut short (its end marker is missing)');
  }
  for (const chunk of scan.chunks) {
    if (chunk.crcOk) continue;
    return fail(
      isStrataChunk(chunk)
        ? damaged(`bad checksum in chunk ${chunk.index}`)
        : `this PNG file is damaged (bad checksum in chunk ${chunk.index})`,
    );
  }
  const planChunk = scan.chunks.find(isStrataChunk);
  if (!planChunk) return fail(PNG_REASONS.noPlan);
  const content = readTextChunk(planChunk);
  if (!content?.ok) return fail(damaged(`chunk ${planChunk.index} cannot be read`));
  return decodePayload(content.text, planChunk.index);
}

function decodePayload(payload: string, index: number): PngPlanResult {
  const match = /^v(\d+):/.exec(payload);
  if (!match) return fail(damaged(`chunk ${index} has no version mark`));
  const version = Number(match[1]);
  if (version > STRATA_PNG_VERSION) return fail(PNG_REASONS.newer);
  if (version < 1) return fail(damaged(`chunk ${index} has an unknown version mark`));
  const compressed = decodeBase64(payload.slice(match[0].length));
  if (!compressed) return fail(damaged(`chunk ${index} is not valid base64`));
  const inflated = inflateLimited(compressed, MAX_FILE_BYTES);
  if (inflated === 'too-big') return fail('the plan inside this PNG is larger than 50 MiB');
  if (!inflated) return fail(damaged(`chunk ${index} cannot be decompressed`));
  return { ok: true, text: strFromU8(inflated) };
}

/** Inflates zlib data, giving up (without allocating further) once it passes `limit` bytes. */
function inflateLimited(data: Uint8Array, limit: number): Uint8Array | 'too-big' | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  let ended = false;
  const stream = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total > limit) {
      tooBig = true;
      throw new Error('too big');
    }
    parts.push(chunk);
    ended = final;
  });
  try {
    stream.push(data, true);
  } catch {
    return tooBig ? 'too-big' : null;
  }
  return ended ? concatBytes(parts) : null;
}

function isStrataChunk(chunk: PngChunk): boolean {
  return textChunkKeyword(chunk) === STRATA_PNG_KEYWORD;
}

function damaged(detail: string): string {
  return `the plan inside this PNG is damaged (${detail})`;
}

function fail(reason: string): PngPlanResult {
  return { ok: false, reason };
}
