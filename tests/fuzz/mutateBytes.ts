/** Mutations that know nothing of the format: flips, cuts, splices, repeats, random bytes. */
import type { Random } from '../../bench/random';

export type ByteMutation = (bytes: Uint8Array, rnd: Random) => Uint8Array;

const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a];

const flip: ByteMutation = (bytes, rnd) => {
  const out = bytes.slice();
  for (let k = 1 + rnd.int(0, 7); k > 0 && out.length > 0; k--) {
    const at = rnd.int(0, out.length - 1);
    out[at] = rnd.chance(0.5) ? (out[at] ?? 0) ^ (1 << rnd.int(0, 7)) : rnd.pick(INTERESTING);
  }
  return out;
};

const truncate: ByteMutation = (bytes, rnd) => bytes.subarray(0, rnd.int(0, bytes.length));

const splice: ByteMutation = (bytes, rnd) => {
  const a = rnd.int(0, bytes.length);
  const b = rnd.int(0, bytes.length);
  const piece = bytes.subarray(Math.min(a, b), Math.max(a, b));
  const at = rnd.int(0, bytes.length);
  const out = new Uint8Array(bytes.length + piece.length);
  out.set(bytes.subarray(0, at));
  out.set(piece, at);
  out.set(bytes.subarray(at), at + piece.length);
  return out;
};

const cut: ByteMutation = (bytes, rnd) => {
  const a = rnd.int(0, bytes.length);
  const b = Math.min(bytes.length, a + 1 + rnd.int(0, 63));
  const out = new Uint8Array(bytes.length - (b - a));
  out.set(bytes.subarray(0, a));
  out.set(bytes.subarray(b), a);
  return out;
};

const insertRandom: ByteMutation = (bytes, rnd) => {
  const extra = new Uint8Array(1 + rnd.int(0, 31)).map(() => rnd.int(0, 255));
  const at = rnd.int(0, bytes.length);
  const out = new Uint8Array(bytes.length + extra.length);
  out.set(bytes.subarray(0, at));
  out.set(extra, at);
  out.set(bytes.subarray(at), at + extra.length);
  return out;
};

export const BYTE_MUTATIONS: readonly ByteMutation[] = [flip, truncate, splice, cut, insertRandom];

export function mutateBytes(bytes: Uint8Array, rnd: Random): Uint8Array {
  let out = bytes;
  for (let k = 1 + rnd.int(0, 2); k > 0; k--) out = rnd.pick(BYTE_MUTATIONS)(out, rnd);
  return out;
}
