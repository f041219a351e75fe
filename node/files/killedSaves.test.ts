import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { cleanUpKilledSaves } from './killedSaves';
import { createRecoveryStore, type RecoveryStore } from './recoveryStore';
import { STALE_AFTER_MS, sweepStaleTemps } from './staleTemps';
import { parseTempName, tempNameFor } from './tempNames';

const plan = (name: string) => `{"format":"strata-plan","version":1,"name":"${name}","nodes":[]}\n`;
const HOUR = 3600_000;
const dead = () => false;

let dir: string;
let userData: string;
let store: RecoveryStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-killed-'));
  userData = join(dir, 'userData');
  await mkdir(join(userData, 'recovery'), { recursive: true });
  store = createRecoveryStore(join(userData, 'recovery'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileAt(path: string, text: string, ageMs: number): Promise<string> {
  await writeFile(path, text);
  const when = new Date(Date.now() - ageMs);
  await utimes(path, when, when);
  return path;
}

const tempOf = (name: string, pid = 999_999) => join(dir, tempNameFor(name, pid));

describe('a save killed mid-write, for real', () => {
  let bundle: string;
  beforeAll(() => {
    bundle = join(tmpdir(), `strata-atomic-bundle-${process.pid}.mjs`);
    buildSync({
      entryPoints: [join(import.meta.dirname, 'atomicWrite.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
    });
  });
  afterAll(async () => {
    await rm(bundle, { force: true });
  });

  it('keeps the old file, leaves a temp file named for it, which the next start removes', async () => {
    const target = join(dir, 'plan.strata');
    await writeFile(target, plan('old'));
    // The first megabyte reaches the disk; the next write never returns, and the process is killed.
    const script = `
      const fs = await import('node:fs');
      const { atomicWrite } = await import(${JSON.stringify(bundle)});
      let calls = 0;
      const write = (fd, data, offset, length, position) => new Promise((resolve) => {
        if (calls++ > 0) return void process.stdout.write('writing\\n');
        fs.write(fd, data, offset, 1 << 20, position, (error, n) => resolve(n));
      });
      await atomicWrite(${JSON.stringify(target)}, 'x'.repeat(1 << 22), { fs: { write } });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    expect(await readFile(target, 'utf8')).toBe(plan('old'));
    const left = (await readdir(dir)).filter(
      (name) => name !== 'plan.strata' && name !== 'userData',
    );
    expect(left).toHaveLength(1);
    expect((await stat(join(dir, left[0]!))).size).toBe(1 << 20);
    expect(parseTempName(left[0]!)).toEqual({
      target: 'plan.strata',
      truncated: false,
      pid: child.pid,
    });

    const result = await cleanUpKilledSaves({ store, slot: 'document', folders: [dir] });
    expect(result).toEqual({ removed: [join(dir, left[0]!)], recovered: null });
    expect((await readdir(dir)).sort()).toEqual(['plan.strata', 'userData']);
    expect(await store.read('document')).toBeNull();
  });
});

describe('cleanUpKilledSaves', () => {
  it('offers a whole plan left by a save killed before its rename, when newer than the plan', async () => {
    const target = await fileAt(join(dir, 'rack.strata'), plan('saved'), 2 * HOUR);
    const temp = await fileAt(tempOf('rack.strata'), plan('newer'), HOUR);
    const result = await cleanUpKilledSaves({
      store,
      slot: 'document',
      folders: [dir],
      options: { isRunning: dead },
    });
    expect(result.removed).toEqual([temp]);
    expect(result.recovered).toMatchObject({ tempPath: temp, targetPath: target });
    const copy = await store.read('document');
    expect(copy).toMatchObject({ planJson: plan('newer'), originalPath: target });
    expect(Date.parse(copy!.savedAt)).toBe(result.recovered!.modifiedAt.getTime());
    expect(await readFile(target, 'utf8')).toBe(plan('saved'));
    expect((await readdir(dir)).sort()).toEqual(['rack.strata', 'userData']);
  });

  it('removes a whole plan older than its file, and one older than the recovery copy', async () => {
    await fileAt(join(dir, 'a.strata'), plan('saved'), HOUR);
    await fileAt(tempOf('a.strata'), plan('older'), 2 * HOUR);
    await fileAt(tempOf('b.strata'), plan('first save of b'), 3 * HOUR);
    await store.write('document', { planJson: plan('crash copy'), originalPath: null });
    const result = await cleanUpKilledSaves({
      store,
      slot: 'document',
      folders: [dir],
      options: { isRunning: dead },
    });
    expect(result.removed).toHaveLength(2);
    expect(result.recovered).toBeNull();
    expect((await store.read('document'))?.planJson).toBe(plan('crash copy'));
    expect((await readdir(dir)).sort()).toEqual(['a.strata', 'userData']);
  });

  it("cleans the recovery folder and the data folder, and the folder of the copy's file", async () => {
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await store.write('document', {
      planJson: plan('copy'),
      originalPath: join(elsewhere, 'x.strata'),
    });
    const inRecovery = await fileAt(
      join(userData, 'recovery', tempNameFor('document.json', 999_999)),
      '{"format":"strata-rec',
      HOUR,
    );
    const inData = await fileAt(
      join(userData, tempNameFor('recent-files.json', 999_999)),
      '{"version":1,"files":[]}',
      HOUR,
    );
    const beside = await fileAt(join(elsewhere, tempNameFor('x.strata', 999_999)), '', HOUR);
    const result = await cleanUpKilledSaves({
      store,
      slot: 'document',
      folders: [userData],
      options: { isRunning: dead },
    });
    expect([...result.removed].sort()).toEqual([beside, inRecovery, inData].sort());
    expect(await readdir(join(userData, 'recovery'))).toEqual(['document.json']);
  });
});

describe('sweepStaleTemps', () => {
  it('leaves a save another process may still be running, for ten minutes', async () => {
    const recent = await fileAt(tempOf('a.strata', 4242), 'partial', 60_000);
    const old = await fileAt(tempOf('b.strata', 4242), 'partial', STALE_AFTER_MS + 60_000);
    const mine = await fileAt(tempOf('c.strata', process.pid), 'partial', HOUR);
    const result = await sweepStaleTemps([dir], { isRunning: (pid) => pid === 4242 });
    expect(result).toEqual({ removed: [old], recoverable: [] });
    expect(await readdir(dir)).toEqual(expect.arrayContaining([recent.slice(dir.length + 1)]));
    expect(await readdir(dir)).toEqual(expect.arrayContaining([mine.slice(dir.length + 1)]));
  });

  it("recognises write-file-atomic's old names only beside a file Strata wrote", async () => {
    const known = join(dir, 'rack.strata');
    await fileAt(known, plan('saved'), HOUR);
    const legacy = await fileAt(join(dir, 'rack.strata.3735928559'), 'x'.repeat(100), HOUR);
    await fileAt(join(dir, 'notes.strata.2024'), plan('a planner’s own file'), HOUR);
    await mkdir(join(dir, tempNameFor('folder.strata', 999_999)));
    const result = await sweepStaleTemps([dir], { knownFiles: [known], isRunning: dead });
    expect(result).toEqual({ removed: [legacy], recoverable: [] });
    expect((await readdir(dir)).length).toBe(4);
  });

  it('finds the file of a temp whose name was shortened', async () => {
    const long = `${'r'.repeat(230)}.strata`;
    const target = await fileAt(join(dir, long), plan('saved'), 2 * HOUR);
    const temp = await fileAt(tempOf(long), plan('newer'), HOUR);
    expect(parseTempName(temp.slice(dir.length + 1))?.truncated).toBe(true);
    const result = await sweepStaleTemps([dir], { isRunning: dead });
    expect(result.recoverable).toEqual([
      expect.objectContaining({ tempPath: temp, targetPath: target }),
    ]);
  });
});
