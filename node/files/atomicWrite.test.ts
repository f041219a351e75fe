import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { atomicWrite } from './atomicWrite';

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
    expect(await atomicWrite(png, bytes.subarray(0, 6))).toEqual({ ok: true });
    expect(new Uint8Array(await readFile(png))).toEqual(bytes.subarray(0, 6));
  });

  it('leaves the old file intact and no temporary file when the write is interrupted', async () => {
    await writeFile(target, OLD);
    let tempPath = '';
    const result = await atomicWrite(target, NEW, {
      onTempFile: (path) => {
        tempPath = path;
        throw errnoError('EIO');
      },
    });
    expect(tempPath.startsWith(`${target}.`)).toBe(true);
    expect(result).toMatchObject({ ok: false, code: 'EIO' });
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ name: 'old' });
    expect(await readdir(dir)).toEqual(['plan.strata']);
  });

  it('leaves the old file intact when the final rename fails after the data was flushed', async () => {
    await writeFile(target, OLD);
    const rename = vi.spyOn(fs, 'rename').mockImplementation(((_from, _to, callback) => {
      callback(errnoError('ENOSPC'));
    }) as typeof fs.rename);
    const result = await atomicWrite(target, NEW);
    expect(rename).toHaveBeenCalledTimes(1);
    expect(result).toEqual({
      ok: false,
      code: 'ENOSPC',
      message: 'Cannot save "plan.strata": the disk is full',
    });
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await readdir(dir)).toEqual(['plan.strata']);
  });

  it('keeps the old file readable when the saving process is killed mid-write', async () => {
    await writeFile(target, OLD);
    const library = createRequire(import.meta.url).resolve('write-file-atomic');
    const script = `
      const write = require(${JSON.stringify(library)});
      write(${JSON.stringify(target)}, 'x'.repeat(1 << 20), {
        tmpfileCreated: () => { process.stdout.write('temp\\n'); return new Promise(() => {}); },
      });`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ name: 'old' });
  });

  it('explains real failures: a folder that is a file, a missing folder, a folder in the way', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    expect(await atomicWrite(join(file, 'plan.strata'), NEW)).toEqual({
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

  it('explains read-only folders and full disks', async () => {
    const cases: [string, string][] = [
      ['EACCES', 'the folder is read-only'],
      ['EROFS', 'the folder is read-only'],
      ['ENOSPC', 'the disk is full'],
      ['EWEIRD', 'EWEIRD: simulated'],
    ];
    for (const [code, reason] of cases) {
      const writer = () => Promise.reject(errnoError(code));
      expect(await atomicWrite(target, NEW, { writer })).toEqual({
        ok: false,
        code,
        message: `Cannot save "plan.strata": ${reason}`,
      });
    }
  });

  it('retries locked files on Windows only', async () => {
    let calls = 0;
    const writer = () => (++calls < 3 ? Promise.reject(errnoError('EBUSY')) : Promise.resolve());
    expect(
      await atomicWrite(target, NEW, { writer, platform: 'win32', retryDelaysMs: [1, 1, 1] }),
    ).toEqual({
      ok: true,
    });
    expect(calls).toBe(3);
    calls = 0;
    expect(await atomicWrite(target, NEW, { writer, platform: 'linux' })).toMatchObject({
      ok: false,
      code: 'EBUSY',
    });
    expect(calls).toBe(1);
    calls = -10;
    expect(
      await atomicWrite(target, NEW, { writer, platform: 'win32', retryDelaysMs: [1, 1] }),
    ).toMatchObject({
      ok: false,
      message: 'Cannot save "plan.strata": the file is in use by another program',
    });
    expect(calls).toBe(-7);
  });
});
