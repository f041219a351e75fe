// A minimal PNG encoder for tests: RGBA pixels, filter 0, one IDAT, optional extra chunks.
import { strToU8, zlibSync } from 'fflate';
import { PNG_SIGNATURE, concatBytes, encodeChunk } from '../chunks';

export interface ExtraChunk {
  readonly type: string;
  readonly data: Uint8Array;
}

export function tinyPng(
  width = 2,
  height = 2,
  extra: readonly ExtraChunk[] = [],
  rgba: readonly [number, number, number, number] = [40, 90, 200, 255],
): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, filter 0, no interlace
  const rows = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set(rgba, y * (1 + width * 4) + 1 + x * 4);
  }
  return concatBytes([
    Uint8Array.from(PNG_SIGNATURE),
    encodeChunk('IHDR', ihdr),
    encodeChunk('IDAT', zlibSync(rows)),
    ...extra.map((chunk) => encodeChunk(chunk.type, chunk.data)),
    encodeChunk('IEND', new Uint8Array(0)),
  ]);
}

/** A tEXt chunk's data from a keyword and Latin-1 text. */
export function textData(keyword: string, text: string): Uint8Array {
  return concatBytes([strToU8(keyword, true), new Uint8Array([0]), strToU8(text, true)]);
}
