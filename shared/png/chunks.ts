// Reading and writing the chunk sequence of a PNG file (signature, then length/type/data/CRC).
import { crc32 } from './crc32';

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngChunk {
  /** Position in the file, counting from 1 (IHDR is chunk 1). */
  readonly index: number;
  readonly type: string;
  readonly data: Uint8Array;
  readonly crcOk: boolean;
  /** The whole chunk as stored: length, type, data and CRC. */
  readonly raw: Uint8Array;
}

export type ChunkScan =
  | { readonly ok: true; readonly chunks: readonly PngChunk[] }
  | { readonly ok: false; readonly problem: 'signature' }
  | { readonly ok: false; readonly problem: 'truncated'; readonly index: number }
  | { readonly ok: false; readonly problem: 'no-end' };

const MAX_CHUNK_LENGTH = 0x7fffffff;

export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function typeName(bytes: Uint8Array, offset: number): string {
  let name = '';
  for (let i = 0; i < 4; i++) name += String.fromCharCode(bytes[offset + i] ?? 0);
  return name;
}

/** Every chunk up to and including IEND; bytes after IEND are ignored. */
export function readChunks(bytes: Uint8Array): ChunkScan {
  if (!hasPngSignature(bytes)) return { ok: false, problem: 'signature' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < bytes.length) {
    const index = chunks.length + 1;
    if (offset + 8 > bytes.length) return { ok: false, problem: 'truncated', index };
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (length > MAX_CHUNK_LENGTH || end > bytes.length) {
      return { ok: false, problem: 'truncated', index };
    }
    const typeBytes = bytes.subarray(offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const crcOk = view.getUint32(offset + 8 + length) === crc32(typeBytes, data);
    const type = typeName(bytes, offset + 4);
    chunks.push({ index, type, data, crcOk, raw: bytes.subarray(offset, end) });
    offset = end;
    if (type === 'IEND') return { ok: true, chunks };
  }
  return { ok: false, problem: 'no-end' };
}

export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  const typeBytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) typeBytes[i] = type.charCodeAt(i) & 0xff;
  view.setUint32(0, data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(typeBytes, data));
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
