import { mkdtemp, rm, truncate, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytesOnce, readDocumentFile, readPlanFile } from './readPlanFile';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function message(path: string): Promise<string> {
  const result = await readPlanFile(path);
  if (result.ok) throw new Error('loaded; expected a refusal');
  expect(result.error.message).toBe(`${result.error.place}: ${result.error.reason}`);
  return result.error.message;
}

const VALID = JSON.stringify({
  format: 'strata-plan',
  version: 1,
  name: 'Rack A',
  nodes: [{ id: 's1', kind: 'server' }],
});

describe('readPlanFile', () => {
  it('reads and loads a plan file', async () => {
    const path = join(dir, 'rack.strata');
    await writeFile(path, VALID, 'utf8');
    const result = await readPlanFile(path);
    expect(result.ok && result.plan.name).toBe('Rack A');
    expect(result.ok && result.plan.nodes[0]?.name).toBe('Server 1');
  });

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const path = join(dir, 'bom.strata');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]));
    expect((await readPlanFile(path)).ok).toBe(true);
  });

  it("passes on the loader's refusal, with its place", async () => {
    const path = join(dir, 'newer.strata');
    await writeFile(path, JSON.stringify({ format: 'strata-plan', version: 9, nodes: [] }));
    expect(await message(path)).toBe(
      'version: made by a newer version of Strata (file version 9, this program reads up to 2)',
    );
  });

  it('names the file when it does not exist', async () => {
    expect(await message(join(dir, 'missing.strata'))).toBe(
      'missing.strata: cannot be read: the file does not exist',
    );
  });

  it('names the file when it is a folder', async () => {
    await mkdir(join(dir, 'folder.strata'));
    expect(await message(join(dir, 'folder.strata'))).toBe(
      'folder.strata: it is a folder, not a file',
    );
  });

  it('refuses a file over 50 MiB before reading it', async () => {
    const path = join(dir, 'huge.strata');
    await writeFile(path, '');
    await truncate(path, 60 * 1024 * 1024); // sparse: no 60 MiB written to disk
    expect(await message(path)).toBe(
      'huge.strata: the file is 60.0 MiB; Strata opens plan files up to 50 MiB',
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    const path = join(dir, 'latin1.strata');
    await writeFile(
      path,
      Buffer.from('{"format":"strata-plan","version":1,"name":"Caf\xe9","nodes":[]}', 'latin1'),
    );
    expect(await message(path)).toBe(
      'latin1.strata: is not UTF-8 text (a .strata file is UTF-8 JSON)',
    );
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')(
    'names the file when it cannot be read',
    async () => {
      const path = join(dir, 'locked.strata');
      await writeFile(path, VALID);
      await chmod(path, 0o000);
      expect(await message(path)).toBe(
        'locked.strata: cannot be read: permission to read it is denied',
      );
    },
  );
});

describe('readDocumentFile', () => {
  it('reads every scenario of a version-2 file; readPlanFile gives the one it opens on', async () => {
    const path = join(dir, 'scenarios.strata');
    await writeFile(
      path,
      JSON.stringify({
        format: 'strata-plan',
        version: 2,
        name: 'Rack A',
        scenarios: [
          { id: 'a', name: 'As is', nodes: [{ id: 's1', kind: 'server' }] },
          { id: 'b', name: 'To be', nodes: [] },
        ],
        activeScenario: 'b',
      }),
    );
    const doc = await readDocumentFile(path);
    expect(doc.ok && doc.document.scenarios.map((s) => [s.id, s.plan.nodes.length])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
    const plan = await readPlanFile(path);
    expect(plan.ok && plan.plan.nodes).toEqual([]);
    const missing = await readDocumentFile(join(dir, 'none.strata'));
    expect(!missing.ok && missing.error.message).toBe(
      'none.strata: cannot be read: the file does not exist',
    );
  });
});

describe('readBytesOnce', () => {
  it('gives the kind its first bytes say and every byte, in one read', async () => {
    const path = join(dir, 'long.bin');
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 251);
    await writeFile(path, bytes);
    const heads: number[] = [];
    const read = await readBytesOnce(
      path,
      (head) => {
        heads.push(head.length);
        return head[0] === 0 ? 'zero' : 'other';
      },
      () => 1_000_000,
    );
    expect(heads).toEqual([4096]);
    expect(read.ok && read.kind).toBe('zero');
    expect(read.ok && Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses a file over its kind's limit before reading the rest, and reads an empty one", async () => {
    const path = join(dir, 'ten.bin');
    await writeFile(path, '0123456789');
    expect(await readBytesOnce(path, () => 'small', () => 9)).toEqual({
      ok: false,
      why: 'tooBig',
      kind: 'small',
      size: 10,
    });
    expect((await readBytesOnce(path, () => 'small', () => 10)).ok).toBe(true);
    const empty = join(dir, 'empty.bin');
    await writeFile(empty, '');
    const read = await readBytesOnce(empty, (head) => head.length, () => 10);
    expect(read.ok && [read.kind, read.bytes.length]).toEqual([0, 0]);
  });
});
