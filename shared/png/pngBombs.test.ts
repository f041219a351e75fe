import { inflateSync } from 'node:zlib';
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../model/plan';
import { encodeBase64 } from './base64';
import { inflateCapped } from './inflateCapped';
import { MAX_EMBEDDED_TEXT_BYTES, STRATA_PNG_KEYWORD, extractPlanFromPng } from './pngText';
import { zlibBomb } from './test-support/deflateBomb';
import { textData, tinyPng } from './test-support/tinyPng';

const GiB = 1024 * 1024 * 1024;
/** The largest size ≤ 1 GiB the bomb builder makes. */
const ONE_GIB_BOMB = 1 + 258 * Math.floor((GiB - 1) / 258);
// Bounds for a 2-core machine shared by many jobs (load 6–8); uncapped, each bomb takes 15–30 s.
const EARLY_MS = 1500;
const LOADED_MACHINE_MS = 6000;
const keyword = [...strToU8(STRATA_PNG_KEYWORD), 0];

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('zlibBomb (the test tool)', () => {
  it('makes valid zlib data, checksum included, that inflates to the size asked', () => {
    for (const byte of [0, 65, 255]) {
      const out = inflateSync(zlibBomb(1 + 258 * 500, byte));
      expect(out.length).toBe(1 + 258 * 500);
      expect(out.every((b) => b === byte)).toBe(true);
    }
  });
});

describe('inflateCapped', () => {
  const data = strToU8('x'.repeat(10_000) + 'y'.repeat(10_000));
  const packed = zlibSync(data);

  it('inflates up to the cap, exactly at it included', () => {
    expect(inflateCapped(packed, data.length)).toEqual({ ok: true, bytes: data });
    expect(inflateCapped(packed, data.length - 1)).toMatchObject({ ok: false, problem: 'too-big' });
  });

  it('calls truncated, empty and foreign data damaged', () => {
    expect(inflateCapped(packed.subarray(0, packed.length - 8), 1e6)).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
    expect(inflateCapped(new Uint8Array(0), 1e6)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(inflateCapped(strToU8('plain text'), 1e6)).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('stops as soon as the caller refuses a piece', () => {
    const bomb = zlibBomb(ONE_GIB_BOMB);
    const { value, ms } = timed(() => inflateCapped(bomb, GiB, () => false));
    expect(value).toMatchObject({ ok: false, problem: 'damaged' });
    expect(ms).toBeLessThan(EARLY_MS);
  });
});

describe('compression bombs in a PNG', () => {
  const bomb = zlibBomb(ONE_GIB_BOMB);

  it('refuses a 1 GiB zTXt bomb in a ~1 MB PNG at once', () => {
    const png = tinyPng(1, 1, [{ type: 'zTXt', data: Uint8Array.from([...keyword, 0, ...bomb]) }]);
    expect(png.length).toBeLessThan(1.1e6);
    const { value, ms } = timed(() => extractPlanFromPng(png));
    expect(value).toMatchObject({
      ok: false,
      reason: 'the plan inside this PNG is damaged (chunk 3 cannot be read)',
    });
    expect(ms).toBeLessThan(EARLY_MS);
  });

  it('refuses a 1 GiB bomb of base64 text at the cap, naming the chunk', () => {
    const textBomb = zlibBomb(ONE_GIB_BOMB, 'A'.charCodeAt(0));
    const itxt = Uint8Array.from([...keyword, 1, 0, 0, 0, ...textBomb]);
    const { value, ms } = timed(() =>
      extractPlanFromPng(tinyPng(1, 1, [{ type: 'iTXt', data: itxt }])),
    );
    expect(value).toMatchObject({
      ok: false,
      reason:
        'the plan inside this PNG is over 50 MiB, the most Strata opens (chunk 3 is too large)',
    });
    // Time proportional to the cap (~67 MiB inflated), not to the bomb.
    expect(ms).toBeLessThan(LOADED_MACHINE_MS);
  });

  it('refuses a 1 GiB bomb inside the embedding (tEXt → base64 → zlib) at the 50 MiB cap', () => {
    const payload = `v1:${encodeBase64(bomb)}`;
    const png = tinyPng(1, 1, [{ type: 'tEXt', data: textData(STRATA_PNG_KEYWORD, payload) }]);
    const { value, ms } = timed(() => extractPlanFromPng(png));
    expect(value).toMatchObject({
      ok: false,
      reason:
        'the plan inside this PNG is over 50 MiB, the most Strata opens (chunk 3 is too large)',
    });
    expect(ms).toBeLessThan(LOADED_MACHINE_MS);
  });

  it('never inflates a compressed chunk of another program', () => {
    const other = Uint8Array.from([...strToU8('Comment'), 0, 0, ...bomb]);
    const { value, ms } = timed(() =>
      extractPlanFromPng(tinyPng(1, 1, [{ type: 'zTXt', data: other }])),
    );
    expect(value.ok).toBe(false);
    expect(ms).toBeLessThan(EARLY_MS);
  });
});

describe('MAX_EMBEDDED_TEXT_BYTES', () => {
  it('holds the embedding of an incompressible plan of the largest size that opens', () => {
    // Deflate's overhead on random bytes, measured on 1 MiB, scaled to the open limit.
    const random = new Uint8Array(1024 * 1024).map(() => Math.floor(Math.random() * 256));
    const overhead = zlibSync(random, { level: 9 }).length / random.length;
    const needed = 3 + (4 / 3) * MAX_FILE_BYTES * overhead + 8;
    expect(needed).toBeLessThan(MAX_EMBEDDED_TEXT_BYTES);
  });
});
