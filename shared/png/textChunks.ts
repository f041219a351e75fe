// The three PNG text chunk layouts (tEXt, zTXt, iTXt): keyword, then text, maybe compressed.
import { strFromU8, unzlibSync } from 'fflate';
import type { PngChunk } from './chunks';

export const TEXT_CHUNK_TYPES: readonly string[] = ['tEXt', 'zTXt', 'iTXt'];
const MAX_KEYWORD_BYTES = 79;

export type TextChunkContent =
  | { readonly ok: true; readonly keyword: string; readonly text: string }
  | { readonly ok: false; readonly keyword: string };

/** The keyword (Latin-1, before the first NUL) of a text chunk, or null for other chunks. */
export function textChunkKeyword(chunk: PngChunk): string | null {
  if (!TEXT_CHUNK_TYPES.includes(chunk.type)) return null;
  const nul = chunk.data.indexOf(0);
  if (nul < 1 || nul > MAX_KEYWORD_BYTES) return null;
  return strFromU8(chunk.data.subarray(0, nul), true);
}

/** Keyword and decoded text; `ok: false` when the keyword is readable but the text is not. */
export function readTextChunk(chunk: PngChunk): TextChunkContent | null {
  const keyword = textChunkKeyword(chunk);
  if (keyword === null) return null;
  const rest = chunk.data.subarray(keyword.length + 1);
  try {
    if (chunk.type === 'tEXt') return { ok: true, keyword, text: strFromU8(rest, true) };
    if (chunk.type === 'zTXt') {
      return { ok: true, keyword, text: strFromU8(unzlibSync(rest.subarray(1)), true) };
    }
    // iTXt: compression flag, method, language tag NUL, translated keyword NUL, UTF-8 text.
    const compressed = rest[0] === 1;
    const languageEnd = rest.indexOf(0, 2);
    const translatedEnd = languageEnd < 0 ? -1 : rest.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) return { ok: false, keyword };
    const body = rest.subarray(translatedEnd + 1);
    return { ok: true, keyword, text: strFromU8(compressed ? unzlibSync(body) : body) };
  } catch {
    return { ok: false, keyword };
  }
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
