// The plan inside an exported PNG: a tEXt chunk before IEND, keyed by Strata's MIME type, holding
// `v1:` + base64 of the zlib-deflated UTF-8 plan JSON. tEXt is Latin-1 without NUL, hence base64.
import { ENGLISH } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import { strFromU8, strToU8, zlibSync } from 'fflate';
import { MAX_FILE_BYTES } from '../model/plan';
import { decodeBase64, encodeBase64 } from './base64';
import { PNG_SIGNATURE, concatBytes, encodeChunk, readChunks } from './chunks';
import type { PngChunk } from './chunks';
import { inflateCapped } from './inflateCapped';
import { readTextChunk, textChunkData, textChunkKeyword } from './textChunks';

export const STRATA_PNG_KEYWORD = 'application/vnd.strata.plan+json';
/** The version of the embedding (not of the plan format, which the plan JSON carries itself). */
export const STRATA_PNG_VERSION = 1;

/**
 * The longest embedding a plan within the open limit needs: `v1:` + base64 of its zlib stream,
 * which for incompressible text is the text plus at most 5 bytes per stored block, a header and
 * a checksum (a thousandth and a KiB cover it). A text chunk that holds or inflates to more is
 * refused before anything else is decoded.
 */
export const MAX_EMBEDDED_TEXT_BYTES =
  3 + 4 * Math.ceil((MAX_FILE_BYTES + Math.ceil(MAX_FILE_BYTES / 1000) + 1024) / 3);
const LIMIT_MIB = MAX_FILE_BYTES / (1024 * 1024);

export type PngPlanResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string; readonly said: Message };

export const PNG_REASONS = {
  notPng: formatMessage(ENGLISH, message('png.notPng')),
  noPlan: formatMessage(ENGLISH, message('png.noPlan')),
  newer: formatMessage(ENGLISH, message('png.newer')),
} as const;

/** The plan in chunk `index` is over the open limit (as stored, or once inflated). */
export function tooBigReason(index: number): string {
  return formatMessage(ENGLISH, tooBig(index));
}

function tooBig(index: number): Message {
  return message('png.tooBig', { max: LIMIT_MIB, index });
}

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
    if (scan.problem === 'signature') return fail(message('png.notPng'));
    if (scan.problem === 'truncated') {
      return fail(message('png.truncated', { index: scan.index }));
    }
    return fail(message('png.noEnd'));
  }
  for (const chunk of scan.chunks) {
    if (chunk.crcOk) continue;
    return fail(
      message(isStrataChunk(chunk) ? 'png.damaged.checksum' : 'png.badChecksum', {
        index: chunk.index,
      }),
    );
  }
  const planChunk = scan.chunks.find(isStrataChunk);
  if (!planChunk) return fail(message('png.noPlan'));
  const content = readTextChunk(planChunk, MAX_EMBEDDED_TEXT_BYTES, isPayloadText);
  if (content?.ok === false && content.problem === 'too-big') {
    return fail(tooBig(planChunk.index));
  }
  if (!content?.ok) return fail(damaged('unreadable', planChunk.index));
  return decodePayload(content.text, planChunk.index);
}

function decodePayload(payload: string, index: number): PngPlanResult {
  const match = /^v(\d+):/.exec(payload);
  if (!match) return fail(damaged('noVersion', index));
  const version = Number(match[1]);
  if (version > STRATA_PNG_VERSION) return fail(message('png.newer'));
  if (version < 1) return fail(damaged('unknownVersion', index));
  const compressed = decodeBase64(payload.slice(match[0].length));
  if (!compressed) return fail(damaged('base64', index));
  const inflated = inflateCapped(compressed, MAX_FILE_BYTES);
  if (!inflated.ok && inflated.problem === 'too-big') return fail(tooBig(index));
  if (!inflated.ok) return fail(damaged('inflate', index));
  return { ok: true, text: strFromU8(inflated.bytes) };
}

// The payload is `v1:` + base64: any other byte means a damaged (or hostile) chunk.
const PAYLOAD_BYTE = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=:') {
  PAYLOAD_BYTE[c.charCodeAt(0)] = 1;
}

function isPayloadText(piece: Uint8Array): boolean {
  for (let i = 0; i < piece.length; i++) if (PAYLOAD_BYTE[piece[i] ?? 0] !== 1) return false;
  return true;
}

function isStrataChunk(chunk: PngChunk): boolean {
  return textChunkKeyword(chunk) === STRATA_PNG_KEYWORD;
}

function damaged(
  what: 'unreadable' | 'noVersion' | 'unknownVersion' | 'base64' | 'inflate',
  index: number,
): Message {
  return message(`png.damaged.${what}`, { index });
}

function fail(said: Message): PngPlanResult {
  return { ok: false, reason: formatMessage(ENGLISH, said), said };
}
