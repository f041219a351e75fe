import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecoveryStore } from './recoveryStore';

const PLAN = '{"format":"strata-plan","version":1,"name":"unsaved","nodes":[]}';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'strata-recovery-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function clock(...isoTimes: string[]): () => Date {
  let i = 0;
  return () => new Date(isoTimes[Math.min(i++, isoTimes.length - 1)] ?? 0);
}

describe('recovery store', () => {
  it('writes a copy with its metadata into a folder it creates, and reads it back', async () => {
    const folder = join(root, 'userData', 'recovery');
    const store = createRecoveryStore(folder, clock('2025-01-02T03:04:05.000Z'));
    expect(await store.read('document')).toBeNull();
    expect(
      await store.write('document', { planJson: PLAN, originalPath: '/plans/a.strata' }),
    ).toEqual({
      ok: true,
    });
    expect(await store.read('document')).toEqual({
      slot: 'document',
      planJson: PLAN,
      originalPath: '/plans/a.strata',
      savedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(await readdir(folder)).toEqual(['document.json']);
  });

  it('overwrites the previous copy of the same slot', async () => {
    const store = createRecoveryStore(root);
    await store.write('document', { planJson: PLAN, originalPath: null });
    await store.write('document', { planJson: '{"second":1}', originalPath: null });
    expect((await store.read('document'))?.planJson).toBe('{"second":1}');
    expect(await readdir(root)).toEqual(['document.json']);
  });

  it('lists readable copies newest first and skips files that are not recovery records', async () => {
    const store = createRecoveryStore(
      root,
      clock('2025-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'),
    );
    await store.write('older', { planJson: PLAN, originalPath: null });
    await store.write('newer', { planJson: PLAN, originalPath: '/x.strata' });
    await writeFile(join(root, 'broken.json'), '{ not json');
    await writeFile(join(root, 'other.json'), '{"format":"something-else"}');
    await writeFile(join(root, 'notes.txt'), 'ignored');
    expect((await store.list()).map((entry) => entry.slot)).toEqual(['newer', 'older']);
    expect(await store.read('broken')).toBeNull();
  });

  it('clears a copy, and clearing twice is harmless', async () => {
    const store = createRecoveryStore(root);
    await store.write('document', { planJson: PLAN, originalPath: null });
    await store.clear('document');
    await store.clear('document');
    expect(await store.read('document')).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await createRecoveryStore(join(root, 'none')).list()).toEqual([]);
  });

  it('reports a folder it cannot create, in words', async () => {
    await writeFile(join(root, 'file'), 'x');
    const store = createRecoveryStore(join(root, 'file', 'recovery'));
    expect(await store.write('document', { planJson: PLAN, originalPath: null })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Cannot save "document.json": the folder does not exist/),
    });
  });

  it('refuses slot names that could escape the folder', async () => {
    const store = createRecoveryStore(root);
    await expect(store.read('../evil')).rejects.toThrow(/Invalid recovery slot/);
    await expect(store.clear('a/b')).rejects.toThrow(/Invalid recovery slot/);
  });
});
