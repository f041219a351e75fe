import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from './testIo';
import { writeOutput } from './writeOutput';

const dir = mkdtempSync(join(tmpdir(), 'strata-cli-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutput', () => {
  it('writes the whole file and says nothing', async () => {
    const io = captureIo();
    const out = join(dir, 'out.strata');
    expect(await writeOutput(out, '{"a":1}\n', io.io)).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('{"a":1}\n');
    expect(io.stderr()).toBe('');
  });

  it('refuses a read-only file, naming it, and leaves it as it was', async () => {
    const io = captureIo();
    const out = join(dir, 'locked.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o444);
    expect(await writeOutput(out, 'new', io.io)).toBe(false);
    expect(io.stderr()).toBe(
      `${out}: the file is read-only; strata does not replace a read-only file (make it writable, or write to another name)\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('says the disk is full and how much was needed, leaving no partial file', async () => {
    const io = captureIo();
    const sub = mkdtempSync(join(dir, 'full-'));
    const out = join(sub, 'plan.strata');
    const full = () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }));
    const ok = await writeOutput(out, 'x'.repeat(3000), io.io, {
      fs: { write: full, freeBytes: () => Promise.resolve(512) },
    });
    expect(ok).toBe(false);
    expect(io.stderr()).toBe(`${out}: the disk is full: 2.9 KiB needed, 512 bytes free\n`);
    expect(readdirSync(sub)).toEqual([]);
  });
});
