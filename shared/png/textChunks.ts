// The three PNG text chunk layouts (tEXt, zTXt, iTXt): keyword, then text, maybe compressed.
import { strFromU8 } from 'fflate';
import type { PngChunk } from './chunks';
import { inflateCapped } from './inflateCapped';

export const TEXT_CHUNK_TYPES: readonly string[] = ['tEXt', 'zTXt', 'iTXt'];
const MAX_KEYWORD_BYTES = 79;

export type TextChunkContent =
  | { readonly ok: true; readonly keyword: string; readonly text: string }
  | { readonly ok: false; readonly keyword: string; readonly problem: 'too-big' | 'damaged' };

/** The keyword (Latin-1, before the first NUL) of a text chunk, or null for other chunks. */
export function textChunkKeyword(chunk: PngChunk): string | null {
  if (!TEXT_CHUNK_TYPES.includes(chunk.type)) return null;
  const nul = chunk.data.indexOf(0);
  if (nul < 1 || nul > MAX_KEYWORD_BYTES) return null;
  return strFromU8(chunk.data.subarray(0, nul), true);
}

/**
 * Keyword and decoded text; `ok: false` when the keyword is readable but the text is not, or
 * when it is (or inflates to) more than `limit` bytes.
 */
export function readTextChunk(
  chunk: PngChunk,
  limit: number,
  accepts?: (piece: Uint8Array) => boolean,
): TextChunkContent | null {
  const keyword = textChunkKeyword(chunk);
  if (keyword === null) return null;
  const rest = chunk.data.subarray(keyword.length + 1);
  const body = textBody(chunk.type, rest, limit, accepts);
  if (!body.ok) return { ok: false, keyword, problem: body.problem };
  if (body.bytes.length > limit) return { ok: false, keyword, problem: 'too-big' };
  try {
    return { ok: true, keyword, text: strFromU8(body.bytes, chunk.type !== 'iTXt') };
  } catch {
    return { ok: false, keyword, problem: 'damaged' };
  }
}

type Body =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: 'too-big' | 'damaged' };

function textBody(
  type: string,
  rest: Uint8Array,
  limit: number,
  accepts: ((piece: Uint8Array) => boolean) | undefined,
): Body {
  if (type === 'tEXt') return { ok: true, bytes: rest };
  if (type === 'zTXt') return inflateCapped(rest.subarray(1), limit, accepts);
  // iTXt: compression flag, method, language tag NUL, translated keyword NUL, UTF-8 text.
  const compressed = rest[0] === 1;
  const languageEnd = rest.indexOf(0, 2);
  const translatedEnd = languageEnd < 0 ? -1 : rest.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return { ok: false, problem: 'damaged' };
  const body = rest.subarray(translatedEnd + 1);
  return compressed ? inflateCapped(body, limit, accepts) : { ok: true, bytes: body };
}

/** A tEXt chunk's data: Latin-1 keyword, NUL, Latin-1 text. */
export function textChunkData(keyword: string, text: string): Uint8Array {
  const keywordBytes = latin1Bytes(keyword);
  const textBytes = latin1Bytes(text);
  const data = new Uint8Array(keywordBytes.length + 1 + textBytes.length);
  data.set(keywordBytes, 0);
  data.set(textBytes, keywordBytes.length + 1);
  return data;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
