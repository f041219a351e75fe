// A zlib bomb built bit by bit, for tests: one dynamic-Huffman block of a zero byte followed by
// copies of 258 bytes at distance 1, each copy two bits (DEFLATE's largest ratio, ~1,032 : 1).
// A compressor would need seconds to make a 1 GiB bomb; this takes a millisecond per MB.

class BitWriter {
  private readonly bytes: Uint8Array;
  private bit = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** `count` bits of `value`, least significant first (DEFLATE's header fields). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      const at = this.bit >> 3;
      if ((value >> i) & 1) this.bytes[at] = (this.bytes[at] ?? 0) | (1 << (this.bit & 7));
      this.bit += 1;
    }
  }

  /** A Huffman code given as a string of bits, most significant first. */
  code(bits: string): void {
    for (const b of bits) this.bits(b === '1' ? 1 : 0, 1);
  }

  done(): Uint8Array {
    return this.bytes.subarray(0, (this.bit + 7) >> 3);
  }
}

// Code-length alphabet order (RFC 1951 §3.2.7), up to symbol 1.
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
// Symbols 0, 1, 2, 17 and 18 of the code-length alphabet: a complete code, as zlib demands.
const CL_LENGTH: Readonly<Record<number, number>> = { 0: 2, 1: 2, 2: 2, 17: 3, 18: 3 };
const CL_CODE: Readonly<Record<number, string>> = {
  0: '00',
  1: '01',
  2: '10',
  17: '110',
  18: '111',
};

/** zlib data that inflates to `size` copies of `byte` (size ≥ 1 and ≡ 1 mod 258). */
export function zlibBomb(size: number, byte = 0): Uint8Array {
  const copies = Math.floor((size - 1) / 258);
  const w = new BitWriter(64 + Math.ceil(copies / 4));
  const length = (symbol: number): void => w.code(CL_CODE[symbol] ?? '');
  const zeros = (count: number): void => {
    for (let left = count; left > 0;) {
      const run = Math.min(left, 138);
      if (run >= 11) {
        length(18);
        w.bits(run - 11, 7);
      } else if (run >= 3) {
        length(17);
        w.bits(run - 3, 3);
      } else length(0);
      left -= run >= 3 ? run : 1;
    }
  };
  w.bits(0x78, 8);
  w.bits(0x01, 8);
  w.bits(1, 1); // final block
  w.bits(2, 2); // dynamic Huffman
  w.bits(286 - 257, 5);
  w.bits(1 - 1, 5);
  w.bits(CL_ORDER.length - 4, 4);
  for (const symbol of CL_ORDER) w.bits(CL_LENGTH[symbol] ?? 0, 3);
  // Literal/length lengths: `byte` → 2, end of block (256) → 2, length 258 (285) → 1, else 0.
  zeros(byte);
  length(2);
  zeros(255 - byte);
  length(2);
  zeros(28);
  length(1);
  // One distance code (distance 1), length 1.
  length(1);
  // Codes: 285 → 0, the literal → 10, end of block → 11; distance 1 → 0.
  w.code('10');
  for (let i = 0; i < copies; i++) w.code('00');
  w.code('11');
  const out = w.done();
  const adler = adler32OfRun(BigInt(1 + copies * 258), BigInt(byte));
  const all = new Uint8Array(out.length + 4);
  all.set(out);
  all.set([adler >>> 24, (adler >>> 16) & 255, (adler >>> 8) & 255, adler & 255], out.length);
  return all;
}

/** Adler-32 of `n` bytes of value `b`: A = 1 + n·b, B = n + b·n(n+1)/2, both mod 65521. */
function adler32OfRun(n: bigint, b: bigint): number {
  const mod = 65521n;
  const a = (1n + n * b) % mod;
  const sum = (n + (b * n * (n + 1n)) / 2n) % mod;
  return Number(sum * 65536n + a) >>> 0;
}
