// Inflating untrusted zlib data with a cap on the output, in time proportional to the cap.
// fflate's `unzlibSync` caps nothing, and its streaming `Unzlib.push` inflates all it is given
// at once: so the input goes in slices, and no slice can inflate to more than ~1,032 times its
// size (DEFLATE's largest ratio). Past the cap the stream is dropped: a 1 GiB bomb costs what
// `limit` bytes cost.
import { Unzlib } from 'fflate';
import { concatBytes } from './chunks';

/** 8 KiB of input inflates to at most ~8.3 MiB: the most a bomb gets past the cap. */
const SLICE_BYTES = 8 * 1024;

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: 'too-big' | 'damaged' };

/**
 * The inflated bytes, or why not. `accepts`, when given, sees each inflated piece and can refuse
 * the data as damaged at once (a text that cannot be what it should be need not be inflated whole).
 */
export function inflateCapped(
  data: Uint8Array,
  limit: number,
  accepts?: (piece: Uint8Array) => boolean,
): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  let refused = false;
  const stream = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (accepts && !accepts(chunk)) refused = true;
    if (total <= limit) parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let offset = 0; offset < data.length || offset === 0; offset += SLICE_BYTES) {
      const end = Math.min(offset + SLICE_BYTES, data.length);
      stream.push(data.subarray(offset, end), end === data.length);
      if (total > limit) return { ok: false, problem: 'too-big' };
      if (refused) return { ok: false, problem: 'damaged' };
      if (end === data.length) break;
    }
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  return ended ? { ok: true, bytes: concatBytes(parts) } : { ok: false, problem: 'damaged' };
}
