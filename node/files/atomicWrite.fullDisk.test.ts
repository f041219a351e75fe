// A save on a disk that really is full: a 2 MiB tmpfs, mounted when the tests run as root.
// Elsewhere the same path is covered by the injected short writes in atomicWrite.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';

const disk = mkdtempSync(join(tmpdir(), 'strata-full-disk-'));

function mountSmallDisk(): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  if (process.getuid?.() !== 0) return 'not running as root (mounting a tmpfs needs root)';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${String((error as { stderr?: unknown }).stderr ?? error).trim()}`;
  }
}

const skipReason = mountSmallDisk();
if (skipReason !== null) console.log(`full-disk test skipped: ${skipReason}`);

afterAll(() => {
  try {
    if (skipReason === null) execFileSync('umount', [disk], { stdio: 'pipe' });
  } finally {
    rmSync(disk, { recursive: true, force: true });
  }
});

describe.skipIf(skipReason !== null)('atomicWrite on a full disk (tmpfs of 2 MiB)', () => {
  it('says the disk is full and how much is needed, keeps the old file, leaves no temp file', async () => {
    const target = join(disk, 'plan.strata');
    const old = '{"format":"strata-plan","version":1,"name":"old","nodes":[]}\n';
    await writeFile(target, old);
    const filler = join(disk, 'filler.bin');
    await writeFile(filler, Buffer.alloc(1536 * 1024));
    const plan = `${'x'.repeat(1024 * 1024)}\n`;

    const result = await atomicWrite(target, plan);
    expect(result).toMatchObject({ ok: false, code: 'ENOSPC' });
    expect(!result.ok && result.message).toMatch(
      /^Cannot save "plan\.strata": the disk is full: 1\.0 MiB needed, \d+(\.\d)? KiB free$/,
    );
    expect(await readFile(target, 'utf8')).toBe(old);
    expect((await readdir(disk)).sort()).toEqual(['filler.bin', 'plan.strata']);

    await rm(filler);
    expect(await atomicWrite(target, plan)).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(plan);
    expect(await readdir(disk)).toEqual(['plan.strata']);
  });
});
