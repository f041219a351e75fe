/**
 * Mutations that know PNG: bad CRCs, wrong lengths, lost or repeated chunks, compression bombs
 * in the chunks Strata reads, the embedded plan damaged (with the CRC fixed so the damage reaches
 * the decoder), or the plan inside mutated as JSON and embedded again.
 */
import { strToU8, zlibSync } from 'fflate';
import { encodeBase64 } from '../../shared/png/base64';
import { PNG_SIGNATURE, concatBytes, encodeChunk, readChunks } from '../../shared/png/chunks';
import { STRATA_PNG_KEYWORD, embedPlanInPng, extractPlanFromPng } from '../../shared/png/pngText';
import { zlibBomb } from '../../shared/png/test-support/deflateBomb';
import { mutateBytes } from './mutateBytes';
import { mutateJsonText } from './mutateJson';
import type { Random } from '../../bench/random';

interface Chunk {
  type: string;
  data: Uint8Array;
  raw: Uint8Array;
}

function chunksOf(png: Uint8Array): Chunk[] | null {
  const scan = readChunks(png);
  return scan.ok ? scan.chunks.map((c) => ({ type: c.type, data: c.data, raw: c.raw })) : null;
}

function assemble(chunks: readonly Uint8Array[]): Uint8Array {
  return concatBytes([Uint8Array.from(PNG_SIGNATURE), ...chunks]);
}

const keyword = strToU8(STRATA_PNG_KEYWORD);

/**
 * A bomb of 2^10 … 2^23 bytes, or in the long run now and then up to 2^31 (past the caps, each
 * costs what inflating the cap costs), of zeros or of base64 text.
 */
function bombChunk(rnd: Random, large: boolean): Uint8Array {
  const exponent = large && rnd.chance(0.2) ? 10 + rnd.int(0, 21) : 10 + rnd.int(0, 13);
  const size = 1 + 258 * Math.floor(2 ** exponent / 258);
  const bomb = zlibBomb(size, rnd.pick([0, 0x41, 0x7b, 0x20]));
  switch (rnd.int(0, 2)) {
    case 0:
      return encodeChunk('zTXt', concatBytes([keyword, Uint8Array.of(0, 0), bomb]));
    case 1:
      return encodeChunk('iTXt', concatBytes([keyword, Uint8Array.of(0, 1, 0, 0, 0), bomb]));
    default:
      return encodeChunk(
        'tEXt',
        concatBytes([keyword, Uint8Array.of(0), strToU8(`v1:${encodeBase64(bomb)}`)]),
      );
  }
}

export function mutatePng(seed: Uint8Array, rnd: Random, large: boolean): Uint8Array {
  const chunks = chunksOf(seed);
  if (!chunks || rnd.chance(0.2)) return mutateBytes(seed, rnd);
  const raws: Uint8Array[] = chunks.map((c) => c.raw.slice());
  const at = rnd.int(0, raws.length - 1);
  const chosen = raws[at] as Uint8Array;
  switch (rnd.int(0, 7)) {
    case 0: {
      // A bad CRC.
      const crcAt = chosen.length - 1 - rnd.int(0, 3);
      chosen[crcAt] = (chosen[crcAt] ?? 0) ^ (1 << rnd.int(0, 7));
      return assemble(raws);
    }
    case 1: {
      // A wrong length.
      const view = new DataView(chosen.buffer, chosen.byteOffset);
      view.setUint32(
        0,
        rnd.pick([0, 1, chosen.length, 0x7fffffff, 0xffffffff, rnd.int(0, (1 << 20) - 1)]),
      );
      return assemble(raws);
    }
    case 2:
      // A chunk lost or repeated.
      if (rnd.chance(0.5)) raws.splice(at, 1);
      else raws.splice(at, 0, chosen);
      return assemble(raws);
    case 3:
      raws.splice(Math.max(0, raws.length - 1), 0, bombChunk(rnd, large));
      return assemble(raws);
    case 4: {
      // The data of a chunk damaged, its CRC made right again.
      const chunk = chunks[at] as Chunk;
      raws[at] = encodeChunk(chunk.type, mutateBytes(chunk.data, rnd));
      return assemble(raws);
    }
    case 5: {
      // The plan inside mutated as JSON, embedded again.
      const inside = extractPlanFromPng(seed);
      if (!inside.ok) return mutateBytes(seed, rnd);
      return embedPlanInPng(seed, mutateJsonText(inside.text, rnd));
    }
    case 6: {
      // The embedding's zlib stream cut or damaged.
      const inside = extractPlanFromPng(seed);
      const packed = zlibSync(strToU8(inside.ok ? inside.text : '{}'));
      const damaged = mutateBytes(packed, rnd);
      const data = concatBytes([
        keyword,
        Uint8Array.of(0),
        strToU8(`v${rnd.pick([1, 1, 0, 2, 99])}:${encodeBase64(damaged)}`),
      ]);
      raws.splice(Math.max(0, raws.length - 1), 0, encodeChunk('tEXt', data));
      return assemble(raws);
    }
    default:
      return mutateBytes(assemble(raws), rnd);
  }
}
