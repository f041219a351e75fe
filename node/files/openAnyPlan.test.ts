import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePlan } from '../../shared/load/serialize';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { emptyPlan, makeNode } from '../../shared/model/defaults';
import { embedPlanInPng } from '../../shared/png/pngText';
import { textData, tinyPng } from '../../shared/png/test-support/tinyPng';
import { planFileKind } from '../../shared/model/planFiles';
import { openAnyPlan } from './openAnyPlan';

const PLAN = { ...emptyPlan('Rack A'), nodes: [makeNode('server', { id: 's1', parentId: null })] };
const TEXT = serializePlan(PLAN);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openAnyPlan', () => {
  it('opens .strata and .json plan files', async () => {
    for (const name of ['rack.strata', 'rack.json']) {
      await writeFile(join(dir, name), TEXT);
      const result = await openAnyPlan(join(dir, name));
      expect(result).toMatchObject({ ok: true, name, kind: planFileKind(name) });
      expect(result.ok && serializePlan(result.plan)).toBe(TEXT);
    }
  });

  it('opens every scenario of a version-2 file, and the one it opens on as the plan', async () => {
    const set = {
      name: 'Rack A',
      scenarios: [
        { id: 'a', name: 'As is', plan: PLAN },
        { id: 'b', name: 'To be', plan: { ...PLAN, nodes: [] } },
      ],
      activeScenario: 'b',
    };
    await writeFile(join(dir, 'two.strata'), serializeDocument(set));
    const result = await openAnyPlan(join(dir, 'two.strata'));
    expect(result.ok && result.document).toEqual(set);
    expect(result.ok && result.plan.nodes).toEqual([]);
  });

  it('restores the editable plan from a PNG exported by Strata', async () => {
    await writeFile(join(dir, 'rack.PNG'), embedPlanInPng(tinyPng(), TEXT));
    const result = await openAnyPlan(join(dir, 'rack.PNG'));
    expect(result).toMatchObject({ ok: true, kind: 'png', name: 'rack.PNG' });
    expect(result.ok && serializePlan(result.plan)).toBe(TEXT);
  });

  it("explains a PNG that is not Strata's, a damaged one, and one whose plan the loader refuses", async () => {
    await writeFile(
      join(dir, 'photo.png'),
      tinyPng(4, 4, [{ type: 'tEXt', data: textData('Software', 'x') }]),
    );
    expect(await openAnyPlan(join(dir, 'photo.png'))).toMatchObject({
      ok: false,
      name: 'photo.png',
      message: 'this PNG was not exported by Strata (it holds no plan)',
    });
    const png = embedPlanInPng(tinyPng(), TEXT);
    await writeFile(join(dir, 'cut.png'), png.subarray(0, png.length - 30));
    expect(await openAnyPlan(join(dir, 'cut.png'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cut short/),
    });
    await writeFile(
      join(dir, 'bad.png'),
      embedPlanInPng(tinyPng(), '{"format":"strata-plan","version":99,"nodes":[]}'),
    );
    expect(await openAnyPlan(join(dir, 'bad.png'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^the plan inside this PNG is invalid: .*newer version of Strata/,
      ),
    });
    await writeFile(join(dir, 'text.png'), TEXT);
    expect(await openAnyPlan(join(dir, 'text.png'))).toMatchObject({
      ok: false,
      message: 'not a PNG file',
    });
  });

  it("gives the loader's message for a plan file it refuses, and says when a file is missing", async () => {
    await writeFile(
      join(dir, 'bad.strata'),
      '{"format":"strata-plan","version":1,"nodes":[{"id":"v","kind":"vm","ramGiB":-2}]}',
    );
    expect(await openAnyPlan(join(dir, 'bad.strata'))).toMatchObject({
      ok: false,
      name: 'bad.strata',
      message: expect.stringMatching(/^nodes\[0\]\.ramGiB: /),
    });
    expect(await openAnyPlan(join(dir, 'gone.png'))).toMatchObject({
      ok: false,
      name: 'gone.png',
      message: 'the file does not exist',
    });
    await mkdir(join(dir, 'folder.png'));
    expect(await openAnyPlan(join(dir, 'folder.png'))).toMatchObject({
      ok: false,
      message: 'it is a folder, not a file',
    });
    expect(await openAnyPlan(join(dir, 'gone.strata'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
  });
});
