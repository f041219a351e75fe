/** Mutations that know nothing of the format: flips, cuts, splices, repeats, random bytes. */
import type { Random } from './random';

export type ByteMutation = (bytes: Uint8Array, rnd: Random) => Uint8Array;

const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a];

const flip: ByteMutation = (bytes, rnd) => {
  const out = bytes.slice();
  for (let k = 1 + rnd.int(8); k > 0 && out.length > 0; k--) {
    const at = rnd.int(out.length);
    out[at] = rnd.chance(0.5) ? (out[at] ?? 0) ^ (1 << rnd.int(8)) : rnd.pick(INTERESTING);
  }
  return out;
};

const truncate: ByteMutation = (bytes, rnd) => bytes.subarray(0, rnd.int(bytes.length + 1));

const splice: ByteMutation = (bytes, rnd) => {
  const a = rnd.int(bytes.length + 1);
  const b = rnd.int(bytes.length + 1);
  const piece = bytes.subarray(Math.min(a, b), Math.max(a, b));
  const at = rnd.int(bytes.length + 1);
  const out = new Uint8Array(bytes.length + piece.length);
  out.set(bytes.subarray(0, at));
  out.set(piece, at);
  out.set(bytes.subarray(at), at + piece.length);
  return out;
};

const cut: ByteMutation = (bytes, rnd) => {
  const a = rnd.int(bytes.length + 1);
  const b = Math.min(bytes.length, a + 1 + rnd.int(64));
  const out = new Uint8Array(bytes.length - (b - a));
  out.set(bytes.subarray(0, a));
  out.set(bytes.subarray(b), a);
  return out;
};

const insertRandom: ByteMutation = (bytes, rnd) => {
  const extra = new Uint8Array(1 + rnd.int(32)).map(() => rnd.int(256));
  const at = rnd.int(bytes.length + 1);
  const out = new Uint8Array(bytes.length + extra.length);
  out.set(bytes.subarray(0, at));
  out.set(extra, at);
  out.set(bytes.subarray(at), at + extra.length);
  return out;
};

export const BYTE_MUTATIONS: readonly ByteMutation[] = [flip, truncate, splice, cut, insertRandom];

export function mutateBytes(bytes: Uint8Array, rnd: Random): Uint8Array {
  let out = bytes;
  for (let k = 1 + rnd.int(3); k > 0; k--) out = rnd.pick(BYTE_MUTATIONS)(out, rnd);
  return out;
}
