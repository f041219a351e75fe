import { describe, expect, it } from 'vitest';
import { importFiles } from './registry';
import { buildXlsx } from './test-support/xlsx';
import { failure, file, ofKind, ok } from './test-support/importHelpers';

describe('importFiles', () => {
  it('detects the format from the content, whatever the extension says', async () => {
    const compose = 'services:\n  web:\n    image: nginx\n';
    expect((await ok([file('inventory.txt', compose)])).formats).toEqual(['compose']);
    const k8s =
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"i"}]}}';
    expect((await ok([file('pods.yaml', k8s)])).formats).toEqual(['kubernetes']);
  });

  it('puts files of several formats into one plan with distinct ids', async () => {
    const r = await ok([
      file('a.yaml', 'services:\n  web:\n    image: nginx\n'),
      file('b.yaml', 'services:\n  web:\n    image: nginx\n'),
      file(
        'c.json',
        JSON.stringify([{ id: 'node/pve', type: 'node', node: 'pve', maxcpu: 8, maxmem: 2 ** 35 }]),
      ),
    ]);
    expect(r.formats).toEqual(['compose', 'proxmox']);
    expect(ofKind(r.plan, 'server')).toHaveLength(3);
    expect(new Set(r.plan.nodes.map((n) => n.id)).size).toBe(r.plan.nodes.length);
  });

  it('names an unrecognised, empty or unreadable file', async () => {
    expect(await failure([file('notes.txt', 'just some words\n')])).toMatch(
      /^notes\.txt: not a format Strata imports/,
    );
    expect(await failure([file('empty.csv', '')])).toBe('empty.csv: the file is empty');
    expect(await failure([file('x.xlsx', 'PK not really')], { format: 'compose' })).toMatch(
      /^x\.xlsx: is not compose input/,
    );
    expect(await failure([])).toBe('import: no file given');
  });

  it('says so when no xlsx reader was given', async () => {
    const book = buildXlsx([{ name: 'vInfo', rows: [['VM']] }]);
    const r = await importFiles([file('a.xlsx', book)]);
    expect(r).toMatchObject({
      ok: false,
      message: 'a.xlsx: this build of Strata cannot read .xlsx workbooks',
    });
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await importFiles(
      [file('a.yaml', 'services:\n  web: {}\n')],
      {},
      { onProgress: (f) => seen.push(f) },
    );
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
