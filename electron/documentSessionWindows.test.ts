// One document per window: a window holding a changed document, or one from a file, keeps it, and
// a file it is asked to open goes to a window of its own; a window showing nothing but an example
// as it came opens it in place. (The harness's `newWindows` stands for DesktopApp's new window.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedPlanInPng } from '../shared/png/pngText';
import { tinyPng } from '../shared/png/test-support/tinyPng';
import {
  createHarness,
  planJson,
  savedPlanFile,
  type Harness,
} from './test-support/sessionHarness';

let dir: string;
let h: Harness;
let newWindows: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-windows-'));
  await mkdir(join(dir, 'Documents'));
  newWindows = [];
  h = createHarness({ documents: join(dir, 'Documents'), newWindows });
});
afterEach(async () => {
  h.session.recovery.stop();
  await rm(dir, { recursive: true, force: true });
});

function savedFile(name: string, text?: string): Promise<string> {
  return savedPlanFile(dir, name, text);
}

describe('a window per document', () => {
  it('opens in place while the window shows no document of its own (an empty plan or an example)', async () => {
    expect(h.session.holdsDocument()).toBe(false);
    const path = await savedFile('rack-a');
    h.answers.open.push(path);
    expect(await h.session.openWithDialog()).toMatchObject({ status: 'opened' });
    expect(newWindows).toEqual([]);
    expect(h.session.holdsDocument()).toBe(true);
  });

  it('opens in a new window, without a prompt, when the window has unsaved changes', async () => {
    h.session.setDocumentState({ title: 'Draft', dirty: true });
    const path = await savedFile('rack-b');
    h.answers.open.push(path);
    expect(await h.session.openWithDialog()).toEqual({ status: 'canceled' });
    expect(newWindows).toEqual([path]);
    expect(h.events).toEqual(['open-dialog']);
    expect(h.session.snapshot).toMatchObject({ path: null, dirty: true });
  });

  it('opens in a new window when the window shows a file, even unchanged', async () => {
    await h.session.openFromOs(await savedFile('start'));
    const path = await savedFile('rack-c');
    expect(await h.session.openRecent(path)).toMatchObject({ status: 'failed' });
    h.recent.push(path);
    expect(await h.session.openRecent(path)).toEqual({ status: 'canceled' });
    expect(await h.session.openDropped(path)).toEqual({ status: 'canceled' });
    await h.session.openFromOs(path);
    expect(newWindows).toEqual([path, path, path]);
    expect(h.delivered.map((f) => f.name)).toEqual(['start.strata']);
  });

  it('keeps a plan read from a PNG, and one saved for the first time', async () => {
    const png = join(dir, 'shot.png');
    await writeFile(png, embedPlanInPng(tinyPng(), planJson('From PNG')));
    await h.session.openFromOs(png);
    expect(h.session.snapshot.path).toBeNull();
    const next = await savedFile('next');
    await h.session.openFromOs(next);
    expect(newWindows).toEqual([next]);

    const fresh = createHarness({ documents: join(dir, 'Documents'), newWindows });
    fresh.answers.save.push(join(dir, 'drawn.strata'));
    await fresh.session.saveAs(planJson('Drawn'));
    await fresh.session.openFromOs(next);
    expect(newWindows).toEqual([next, next]);
  });

  it('opens no window for a file the loader refuses, and says why here', async () => {
    h.session.setDocumentState({ title: 'Draft', dirty: true });
    const bad = await savedFile('bad', '{"format":"strata-plan","version":1,"nodes":7}');
    h.answers.open.push(bad);
    const result = await h.session.openWithDialog();
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Cannot open "bad.strata": /),
    });
    await h.session.openFromOs(bad);
    expect(h.events.at(-1)).toMatch(/^error:Cannot open "bad.strata": /);
    expect(newWindows).toEqual([]);
  });
});
