import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecentFiles } from './recentFiles';

let root: string;
let store: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'strata-recent-'));
  store = join(root, 'userData', 'recent-files.json');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function makeFiles(count: number): Promise<string[]> {
  const paths = Array.from({ length: count }, (_, i) => join(root, `plan-${i}.strata`));
  await Promise.all(paths.map((path) => writeFile(path, '{}')));
  return paths;
}

describe('recent files', () => {
  it('keeps the newest first without duplicates, and persists the list', async () => {
    const [a, b] = await makeFiles(2);
    const recent = createRecentFiles(store);
    await recent.add(a!);
    await recent.add(b!);
    expect(await recent.add(a!)).toEqual([a, b]);
    expect(await createRecentFiles(store).list()).toEqual([a, b]);
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual({ version: 1, files: [a, b] });
  });

  it('keeps at most ten', async () => {
    const paths = await makeFiles(12);
    const recent = createRecentFiles(store);
    for (const path of paths) await recent.add(path);
    const listed = await recent.list();
    expect(listed).toHaveLength(10);
    expect(listed[0]).toBe(paths[11]);
    expect(listed).not.toContain(paths[0]);
  });

  it('drops files that no longer exist', async () => {
    const [a, b] = await makeFiles(2);
    const recent = createRecentFiles(store);
    await recent.add(a!);
    await recent.add(b!);
    await rm(a!);
    expect(await recent.list()).toEqual([b]);
    expect(JSON.parse(await readFile(store, 'utf8')).files).toEqual([b]);
  });

  it('removes one entry, clears all, and survives a damaged store file', async () => {
    const [a, b] = await makeFiles(2);
    const recent = createRecentFiles(store);
    await recent.add(a!);
    await recent.add(b!);
    expect(await recent.remove(a!)).toEqual([b]);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    await writeFile(store, 'not json');
    expect(await recent.list()).toEqual([]);
    expect(await recent.add(a!)).toEqual([a]);
  });

  it('treats paths that differ only in case as one where the file system does', async () => {
    const exists = () => Promise.resolve(true);
    const recent = createRecentFiles(store, { caseInsensitive: true, exists });
    await recent.add('/Plans/A.strata');
    expect(await recent.add('/plans/a.strata')).toEqual(['/plans/a.strata']);
  });

  it('loses no entry when several are added at once', async () => {
    const paths = await makeFiles(5);
    const recent = createRecentFiles(store);
    await Promise.all(paths.map((path) => recent.add(path)));
    expect((await recent.list()).sort()).toEqual([...paths].sort());
  });
});
