/** The first step for text input: size limit in UTF-8 bytes, then JSON. */
import { MAX_FILE_BYTES } from '../model/plan';
import { loadFailure, type Step } from './loadResult';
import { reason } from './loadReasons';

/** UTF-8 length of a string without encoding it (shared/ has no TextEncoder). */
export function utf8ByteLength(text: string): number {
  // Plan files are nearly always ASCII: one regular-expression pass is far faster than the loop.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** True when `text` is over `limit` UTF-8 bytes; counts only when the length alone cannot tell. */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit takes at least one byte
  if (text.length * 3 <= limit) return false; // and at most three
  return utf8ByteLength(text) > limit;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export const TOO_BIG_REASON = `is over ${MAX_FILE_BYTES / (1024 * 1024)} MiB, the most Strata opens`;

const MAX_DETAIL = 160;

export function parsePlanText(text: string): Step<unknown> {
  if (exceedsUtf8Bytes(text, MAX_FILE_BYTES))
    return loadFailure('file', reason('load.tooBigFile', { max: MAX_FILE_BYTES / (1024 * 1024) }));
  // A byte-order mark (Windows editors add one) is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const short = detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 1)}…` : detail;
    return loadFailure('file', reason('load.notJson', { detail: short }));
  }
}
