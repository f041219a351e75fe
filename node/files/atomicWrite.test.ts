import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';
import { parseTempName } from './tempNames';
import type { WriteFs } from './writeFs';

const OLD = '{"format":"strata-plan","version":1,"name":"old","nodes":[]}\n';
const NEW = '{"format":"strata-plan","version":1,"name":"new","nodes":[]}\n';

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-atomic-'));
  target = join(dir, 'plan.strata');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** The old file is intact and nothing but it is left in the folder. */
async function expectOldKept(): Promise<void> {
  expect(await readFile(target, 'utf8')).toBe(OLD);
  expect(await readdir(dir)).toEqual(['plan.strata']);
}

describe('atomicWrite', () => {
  it('creates a file and leaves nothing else in the folder', async () => {
    expect(await atomicWrite(target, NEW)).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect(await readdir(dir)).toEqual(['plan.strata']);
  });

  it('replaces an existing file, and writes bytes as they are', async () => {
    await writeFile(target, OLD);
    expect(await atomicWrite(target, NEW)).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(NEW);
    const png = join(dir, 'plan.png');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    expect(await atomicWrite(png, bytes.subarray(2, 6))).toEqual({ ok: true });
    expect(new Uint8Array(await readFile(png))).toEqual(bytes.subarray(2, 6));
  });

  it('names its temporary file so that the next start recognises it', async () => {
    await writeFile(target, OLD);
    let tempPath = '';
    const result = await atomicWrite(target, NEW, {
      onTempFile: (path) => {
        tempPath = path;
        throw errnoError('EIO');
      },
    });
    expect(tempPath.startsWith(join(dir, '.plan.strata.strata-tmp-'))).toBe(true);
    expect(parseTempName(tempPath.slice(dir.length + 1))).toMatchObject({
      target: 'plan.strata',
      pid: process.pid,
    });
    expect(result).toMatchObject({ ok: false, code: 'EIO' });
    await expectOldKept();
  });

  it('writes everything when the disk takes a little at a time', async () => {
    await writeFile(target, OLD);
    const body = 'x'.repeat(100_000);
    const calls: number[] = [];
    const write: WriteFs['write'] = (fd, data, offset, length, position) => {
      const part = Math.min(length, 777);
      calls.push(part);
      return new Promise((resolve, reject) =>
        fs.write(fd, data, offset, part, position, (error, n) =>
          error ? reject(error) : resolve(n),
        ),
      );
    };
    expect(await atomicWrite(target, body, { fs: { write } })).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(body);
    expect(calls.length).toBe(Math.ceil(100_000 / 777));
  });

  it('keeps the old file when the disk stops taking bytes (a short write)', async () => {
    await writeFile(target, OLD);
    let first = true;
    const write: WriteFs['write'] = (fd, data, offset, _length, position) => {
      if (!first) return Promise.resolve(0);
      first = false;
      return new Promise((resolve, reject) =>
        fs.write(fd, data, offset, 10, position, (error, n) =>
          error ? reject(error) : resolve(n),
        ),
      );
    };
    const result = await atomicWrite(target, NEW, { fs: { write } });
    expect(result).toMatchObject({
      ok: false,
      code: 'ESHORT',
      reason: 'only 10 bytes of 61 bytes reached the disk (it may be full)',
      message:
        'Cannot save "plan.strata": only 10 bytes of 61 bytes reached the disk (it may be full)',
    });
    await expectOldKept();
  });

  it('keeps the old file when the flushed file is shorter than the bytes meant', async () => {
    await writeFile(target, OLD);
    const result = await atomicWrite(target, NEW, { fs: { size: () => Promise.resolve(0) } });
    expect(result).toMatchObject({ ok: false, code: 'ESHORT' });
    await expectOldKept();
  });

  it('says how much room a save needs when the disk is full or the quota used up', async () => {
    await writeFile(target, OLD);
    const big = 'x'.repeat(3_355_443);
    for (const [code, said] of [
      ['ENOSPC', 'the disk is full'],
      ['EDQUOT', 'the disk quota is used up'],
    ]) {
      const result = await atomicWrite(target, big, {
        fs: {
          write: () => Promise.reject(errnoError(code!)),
          freeBytes: () => Promise.resolve(1024 * 1024),
        },
      });
      expect(result).toMatchObject({
        ok: false,
        code,
        reason: `${said}: 3.2 MiB needed, 1.0 MiB free`,
      });
      await expectOldKept();
    }
  });

  it('leaves the old file intact when the final rename fails after the data was flushed', async () => {
    await writeFile(target, OLD);
    const rename = vi.spyOn(fs, 'rename').mockImplementation(((_from, _to, callback) => {
      callback(errnoError('EIO'));
    }) as typeof fs.rename);
    const result = await atomicWrite(target, NEW);
    expect(rename).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({
      ok: false,
      code: 'EIO',
      reason: 'the disk reported an input/output error',
      message: 'Cannot save "plan.strata": the disk reported an input/output error',
    });
    await expectOldKept();
  });

  it('explains real failures: a folder that is a file, a missing folder, a folder in the way', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    expect(await atomicWrite(join(file, 'plan.strata'), NEW)).toMatchObject({
      ok: false,
      code: 'ENOTDIR',
      message: 'Cannot save "plan.strata": the folder does not exist (part of the path is a file)',
    });
    expect(await atomicWrite(join(dir, 'missing', 'plan.strata'), NEW)).toMatchObject({
      ok: false,
      code: 'ENOENT',
      message: 'Cannot save "plan.strata": the folder does not exist',
    });
    await mkdir(join(dir, 'taken.strata'));
    expect(await atomicWrite(join(dir, 'taken.strata'), NEW)).toMatchObject({
      ok: false,
      message: 'Cannot save "taken.strata": a folder has that name',
    });
    expect((await readdir(dir)).sort()).toEqual(['not-a-folder', 'taken.strata']);
  });

  it('explains read-only folders and disks', async () => {
    const cases: [string, string][] = [
      ['EACCES', 'the folder is read-only'],
      ['EROFS', 'the disk is read-only'],
      ['EWEIRD', 'EWEIRD: simulated'],
    ];
    for (const [code, reason] of cases) {
      const open = () => Promise.reject(errnoError(code));
      expect(await atomicWrite(target, NEW, { fs: { open } })).toMatchObject({
        ok: false,
        code,
        reason,
        message: `Cannot save "plan.strata": ${reason}`,
      });
    }
  });

  it('refuses a read-only file unless told to replace it, which keeps it read-only', async () => {
    await writeFile(target, OLD);
    await chmod(target, 0o444);
    expect(await atomicWrite(target, NEW)).toMatchObject({
      ok: false,
      code: null,
      readOnly: true,
      reason: 'the file is read-only',
      message: 'Cannot save "plan.strata": the file is read-only',
    });
    await expectOldKept();
    expect(await atomicWrite(target, NEW, { overwriteReadOnly: true })).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect((await stat(target)).mode & 0o777).toBe(0o444);
  });

  it("keeps a replaced file's permissions and writes through a symbolic link", async () => {
    await writeFile(target, OLD, { mode: 0o640 });
    await chmod(target, 0o640);
    const link = join(dir, 'link.strata');
    await symlink(target, link);
    expect(await atomicWrite(link, NEW)).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(NEW);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['link.strata', 'plan.strata']);
  });

  it('retries a locked rename on Windows only', async () => {
    await writeFile(target, OLD);
    let calls = 0;
    const lockedTwice: WriteFs['rename'] = (from, to) =>
      ++calls < 3 ? Promise.reject(errnoError('EBUSY')) : fs.promises.rename(from, to);
    expect(
      await atomicWrite(target, NEW, {
        fs: { rename: lockedTwice },
        platform: 'win32',
        retryDelaysMs: [1, 1, 1],
      }),
    ).toEqual({ ok: true });
    expect(calls).toBe(3);
    calls = 0;
    await writeFile(target, OLD);
    expect(
      await atomicWrite(target, NEW, { fs: { rename: lockedTwice }, platform: 'linux' }),
    ).toMatchObject({ ok: false, code: 'EBUSY' });
    expect(calls).toBe(1);
    await expectOldKept();
    calls = -10;
    expect(
      await atomicWrite(target, NEW, {
        fs: { rename: lockedTwice },
        platform: 'win32',
        retryDelaysMs: [1, 1],
      }),
    ).toMatchObject({
      ok: false,
      message: 'Cannot save "plan.strata": the file is in use by another program',
    });
    expect(calls).toBe(-7);
    await expectOldKept();
  });
});
