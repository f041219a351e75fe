import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zlibSync } from 'fflate';
import { decodeBase64, encodeBase64 } from './base64';
import { readChunks } from './chunks';
import { crc32 } from './crc32';
import { PNG_REASONS, STRATA_PNG_KEYWORD, embedPlanInPng, extractPlanFromPng } from './pngText';
import { textData, tinyPng } from './test-support/tinyPng';

const PLAN = JSON.stringify({
  format: 'strata-plan',
  version: 1,
  name: 'Rack A — ünïcode ✓',
  nodes: [],
});

function chunkTypes(bytes: Uint8Array): string[] {
  const scan = readChunks(bytes);
  if (!scan.ok) throw new Error('not a PNG');
  return scan.chunks.map((chunk) => chunk.type);
}

function strataChunkIndex(bytes: Uint8Array): number {
  const scan = readChunks(bytes);
  if (!scan.ok) throw new Error('not a PNG');
  const chunk = scan.chunks.find((c) => c.type === 'tEXt');
  if (!chunk) throw new Error('no tEXt');
  return chunk.index;
}

/** Byte offset of the data of the chunk with the given 1-based index. */
function chunkDataOffset(bytes: Uint8Array, index: number): number {
  let offset = 8;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 1; i < index; i++) offset += 12 + view.getUint32(offset);
  return offset + 8;
}

describe('crc32 and base64', () => {
  it('computes the CRC PNG stores for IEND', () => {
    expect(crc32(strToU8('IEND'))).toBe(0xae426082);
  });

  it('encodes base64 exactly as Node does and decodes it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses malformed base64', () => {
    expect(decodeBase64('abc')).toBeNull();
    expect(decodeBase64('ab!d')).toBeNull();
    expect(decodeBase64('a=bc')).toBeNull();
  });
});

describe('embedPlanInPng / extractPlanFromPng', () => {
  it('round-trips the plan text, Unicode included', () => {
    const png = embedPlanInPng(tinyPng(), PLAN);
    expect(extractPlanFromPng(png)).toEqual({ ok: true, text: PLAN });
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(extractPlanFromPng(embedPlanInPng(tinyPng(1, 1), text))).toEqual({ ok: true, text });
      }),
      { numRuns: 50 },
    );
  });

  it('writes one tEXt chunk just before IEND, keeps the others, and all CRCs are valid', () => {
    const original = tinyPng(2, 2, [{ type: 'tEXt', data: textData('Software', 'paint') }]);
    const png = embedPlanInPng(original, PLAN);
    expect(chunkTypes(png)).toEqual(['IHDR', 'IDAT', 'tEXt', 'tEXt', 'IEND']);
    const scan = readChunks(png);
    expect(scan.ok && scan.chunks.every((chunk) => chunk.crcOk)).toBe(true);
    const text = new TextDecoder('latin1').decode(png);
    expect(text).toContain(`${STRATA_PNG_KEYWORD}\u0000v1:`);
    expect(text.indexOf('Software')).toBeLessThan(text.indexOf(STRATA_PNG_KEYWORD));
  });

  it('replaces a plan already embedded', () => {
    const once = embedPlanInPng(tinyPng(), PLAN);
    const twice = embedPlanInPng(once, '{"second":true}');
    expect(chunkTypes(twice)).toEqual(['IHDR', 'IDAT', 'tEXt', 'IEND']);
    expect(extractPlanFromPng(twice)).toEqual({ ok: true, text: '{"second":true}' });
  });

  it('refuses to embed into something that is not a PNG', () => {
    expect(() => embedPlanInPng(strToU8('hello'), PLAN)).toThrow(/not a complete PNG/);
  });

  it('reads a plan stored in an iTXt chunk, compressed or not', () => {
    const payload = `v1:${encodeBase64(zlibSync(strToU8(PLAN)))}`;
    const head = [...strToU8(STRATA_PNG_KEYWORD), 0];
    const plain = Uint8Array.from([...head, 0, 0, 0, 0, ...strToU8(payload)]);
    const packed = Uint8Array.from([...head, 1, 0, 0, 0, ...zlibSync(strToU8(payload))]);
    for (const data of [plain, packed]) {
      expect(extractPlanFromPng(tinyPng(1, 1, [{ type: 'iTXt', data }]))).toEqual({
        ok: true,
        text: PLAN,
      });
    }
  });
});

describe('extractPlanFromPng refusals', () => {
  it('says when the bytes are not a PNG', () => {
    expect(extractPlanFromPng(strToU8('{"format":"strata-plan"}'))).toMatchObject({
      ok: false,
      reason: PNG_REASONS.notPng,
    });
    expect(extractPlanFromPng(new Uint8Array(0))).toMatchObject({ ok: false, reason: 'not a PNG file' });
  });

  it('says when a PNG was not exported by Strata', () => {
    const other = tinyPng(3, 3, [{ type: 'tEXt', data: textData('Comment', 'made elsewhere') }]);
    expect(extractPlanFromPng(other)).toMatchObject({
      ok: false,
      reason: 'this PNG was not exported by Strata (it holds no plan)',
    });
  });

  it('names the chunk whose checksum is wrong when the plan is corrupted', () => {
    const png = embedPlanInPng(tinyPng(), PLAN);
    const index = strataChunkIndex(png);
    const corrupted = png.slice();
    const at = chunkDataOffset(corrupted, index) + STRATA_PNG_KEYWORD.length + 10;
    corrupted[at] = (corrupted[at] ?? 0) ^ 0x01;
    expect(extractPlanFromPng(corrupted)).toMatchObject({
      ok: false,
      reason: `the plan inside this PNG is damaged (bad checksum in chunk ${index})`,
    });
  });

  it('says the file is damaged when another chunk is corrupted', () => {
    const corrupted = embedPlanInPng(tinyPng(), PLAN).slice();
    const at = chunkDataOffset(corrupted, 2);
    corrupted[at] = (corrupted[at] ?? 0) ^ 0xff;
    expect(extractPlanFromPng(corrupted)).toMatchObject({
      ok: false,
      reason: 'this PNG file is damaged (bad checksum in chunk 2)',
    });
  });

  it('says a truncated file is cut short, wherever it was cut', () => {
    const png = embedPlanInPng(tinyPng(), PLAN);
    const index = strataChunkIndex(png);
    expect(extractPlanFromPng(png.subarray(0, png.length - 20))).toMatchObject({
      ok: false,
      reason: `this PNG file is cut short (chunk ${index} is incomplete)`,
    });
    expect(extractPlanFromPng(png.subarray(0, png.length - 12))).toMatchObject({
      ok: false,
      reason: 'this PNG file is cut short (its end marker is missing)',
    });
    for (let cut = 8; cut < png.length; cut += 7) {
      const result = extractPlanFromPng(png.subarray(0, cut));
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toMatch(/^this PNG file is cut short/);
    }
  });

  it('refuses a plan embedded by a newer version of Strata', () => {
    const data = textData(STRATA_PNG_KEYWORD, `v2:${encodeBase64(zlibSync(strToU8(PLAN)))}`);
    expect(extractPlanFromPng(tinyPng(1, 1, [{ type: 'tEXt', data }]))).toMatchObject({
      ok: false,
      reason: 'the plan inside this PNG was made by a newer version of Strata',
    });
  });

  it('says the plan is damaged when its payload cannot be decoded', () => {
    const cases: [string, string][] = [
      ['no mark', 'has no version mark'],
      ['v1:not base64!', 'is not valid base64'],
      [`v1:${encodeBase64(strToU8('plain, not deflated'))}`, 'cannot be decompressed'],
    ];
    for (const [payload, detail] of cases) {
      const png = tinyPng(1, 1, [{ type: 'tEXt', data: textData(STRATA_PNG_KEYWORD, payload) }]);
      expect(extractPlanFromPng(png)).toMatchObject({
        ok: false,
        reason: `the plan inside this PNG is damaged (chunk 3 ${detail})`,
      });
    }
  });
});
