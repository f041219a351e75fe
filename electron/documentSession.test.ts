import { langOf } from '../shared/i18n/lang';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '../shared/load/loadPlan';
import { embedPlanInPng } from '../shared/png/pngText';
import { tinyPng } from '../shared/png/test-support/tinyPng';
import { atomicWrite } from '../node/files/atomicWrite';
import type { SessionFiles } from './documentSession';
import {
  createHarness,
  planJson,
  savedPlanFile,
  type Harness,
} from './test-support/sessionHarness';

let dir: string;
let h: Harness;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strata-session-'));
  await mkdir(join(dir, 'Documents'));
  h = createHarness({ documents: join(dir, 'Documents') });
});
afterEach(async () => {
  h.session.recovery.stop();
  await rm(dir, { recursive: true, force: true });
});

function edit(name = 'Rack A'): void {
  h.session.setDocumentState({ title: name, dirty: true });
}

function savedFile(name: string, text?: string): Promise<string> {
  return savedPlanFile(dir, name, text);
}

describe('title', () => {
  it("follows the plan's name, the file name and the unsaved state", async () => {
    h.session.setDocumentState({ title: 'Rack A', dirty: false });
    expect(h.session.snapshot.title).toBe('Rack A — Strata');
    edit();
    expect(h.titles.at(-1)).toBe('• Rack A — Strata');
    h.answers.save.push(join(dir, 'rack'));
    await h.session.save(planJson());
    expect(h.titles.at(-1)).toBe('rack.strata — Strata');
  });
});

describe('saving', () => {
  it('asks where the first time, in the documents folder, and writes the canonical plan', async () => {
    edit();
    h.answers.save.push(join(dir, 'rack-a.strata'));
    const result = await h.session.save(planJson());
    expect(result).toEqual({
      status: 'saved',
      name: 'rack-a.strata',
      path: join(dir, 'rack-a.strata'),
    });
    expect(h.savePrompts).toEqual([
      { kind: 'plan', defaultPath: join(dir, 'Documents', 'Rack A.strata') },
    ]);
    expect(await readFile(join(dir, 'rack-a.strata'), 'utf8')).toBe(planJson());
    expect(h.session.snapshot).toMatchObject({ path: join(dir, 'rack-a.strata'), dirty: false });
    expect(h.recent).toEqual([join(dir, 'rack-a.strata')]);
  });

  it('writes to the same file afterwards without asking', async () => {
    h.answers.save.push(join(dir, 'rack.strata'));
    await h.session.save(planJson());
    edit('Rack B');
    expect(await h.session.save(planJson('Rack B'))).toMatchObject({ status: 'saved' });
    expect(h.events.filter((e) => e.startsWith('save-dialog'))).toHaveLength(1);
    const reloaded = loadPlan(await readFile(join(dir, 'rack.strata'), 'utf8'));
    expect(reloaded.ok && reloaded.plan.name).toBe('Rack B');
  });

  it('never writes a plan the loader refuses', async () => {
    const path = await savedFile('kept');
    h.answers.open.push(path);
    await h.session.openWithDialog();
    edit();
    const result = await h.session.save(
      '{"format":"strata-plan","version":1,"nodes":[{"id":"a","kind":"vm","ramGiB":-1}]}',
    );
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Cannot save: the plan is not valid \(nodes\[0\]/),
    });
    expect(await readFile(path, 'utf8')).toBe(planJson('kept'));
    expect(h.session.snapshot.dirty).toBe(true);
  });

  it('keeps the plan unsaved, in memory, when the disk refuses the write', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    edit();
    h.answers.save.push(join(dir, 'a-file', 'plan.strata'));
    const result = await h.session.save(planJson());
    expect(result).toEqual({
      status: 'failed',
      message:
        'Cannot save "plan.strata": the folder does not exist (part of the path is a file). Nothing was overwritten; your changes are still open, and a recovery copy is kept.',
    });
    expect(h.session.snapshot).toMatchObject({
      path: null,
      dirty: true,
      title: '• Rack A — Strata',
    });
  });

  it('on a full disk keeps the old file, the unsaved state and the recovery copy, and says why', async () => {
    const full: SessionFiles['write'] = (path, data) =>
      atomicWrite(path, data, {
        fs: { write: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })) },
      });
    h = createHarness({ documents: join(dir, 'Documents'), files: { write: full } });
    const path = await savedFile('kept');
    h.answers.open.push(path);
    await h.session.openWithDialog();
    edit();
    h.session.recovery.update(planJson('older edit'));
    await h.tick();
    const result = await h.session.save(planJson('latest edit'));
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(
        /^Cannot save "kept\.strata": the disk is full: [\d.]+ (bytes|KiB) needed(, .* free)?\. Nothing was overwritten; your changes are still open, and a recovery copy is kept\.$/,
      ),
    });
    expect(await readFile(path, 'utf8')).toBe(planJson('kept'));
    expect(await readdir(dir)).toEqual(['Documents', 'kept.strata']);
    expect(h.session.snapshot).toMatchObject({ path, dirty: true });
    expect(h.slot.entry).toMatchObject({ planJson: planJson('latest edit'), originalPath: path });
    expect(h.timerRunning()).toBe(true);
  });

  it('asks before replacing a read-only file, once per file; Cancel keeps it and the changes', async () => {
    const path = await savedFile('locked');
    await chmod(path, 0o444);
    h.answers.open.push(path);
    await h.session.openWithDialog();
    edit('Rack B');
    h.answers.readOnly.push(false);
    expect(await h.session.save(planJson('Rack B'))).toEqual({ status: 'canceled' });
    expect(h.events.at(-1)).toBe('ask-read-only:locked.strata');
    expect(await readFile(path, 'utf8')).toBe(planJson('locked'));
    expect(h.session.snapshot.dirty).toBe(true);

    h.answers.readOnly.push(true);
    expect(await h.session.save(planJson('Rack B'))).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(planJson('Rack B'));
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    edit('Rack C');
    expect(await h.session.save(planJson('Rack C'))).toMatchObject({ status: 'saved' });
    expect(h.events.filter((e) => e.startsWith('ask-read-only'))).toHaveLength(2);
  });

  it('asks before an export replaces a read-only file', async () => {
    const out = join(dir, 'out.json');
    await writeFile(out, '{}');
    await chmod(out, 0o444);
    h.answers.save.push(out);
    expect(
      await h.session.exportFile({ kind: 'json', text: planJson(), suggestedName: 'x' }),
    ).toEqual({ status: 'canceled' });
    expect(await readFile(out, 'utf8')).toBe('{}');
    h.answers.save.push(out);
    h.answers.readOnly.push(true);
    expect(
      await h.session.exportFile({ kind: 'json', text: planJson(), suggestedName: 'x' }),
    ).toMatchObject({ status: 'exported' });
    expect(await readFile(out, 'utf8')).toBe(planJson());
  });

  it('Save As: cancel does nothing; a name without extension gets .strata', async () => {
    edit();
    expect(await h.session.saveAs(planJson())).toEqual({ status: 'canceled' });
    h.answers.save.push(join(dir, 'typed-name'));
    expect(await h.session.saveAs(planJson())).toMatchObject({
      status: 'saved',
      name: 'typed-name.strata',
    });
    expect(await readdir(dir)).toContain('typed-name.strata');
  });
});

describe('opening', () => {
  it('opens a plan file: its text, its path, a clean title, the recent list', async () => {
    const path = await savedFile('rack-b');
    h.answers.open.push(path);
    const result = await h.session.openWithDialog();
    expect(result).toEqual({
      status: 'opened',
      file: { name: 'rack-b.strata', text: planJson('rack-b'), path },
    });
    expect(h.session.snapshot).toEqual({ path, dirty: false, title: 'rack-b.strata — Strata' });
    expect(h.recent).toEqual([path]);
  });

  it('shows the loader message for a refused file and leaves the current plan as it was', async () => {
    const good = await savedFile('good');
    h.answers.open.push(good);
    await h.session.openWithDialog();
    edit('good');
    const bad = join(dir, 'bad.strata');
    await writeFile(
      bad,
      '{"format":"strata-plan","version":1,"nodes":[{"id":"s","kind":"server","ramGiB":0}]}',
    );
    h.answers.unsaved.push('discard');
    h.answers.open.push(bad);
    const result = await h.session.openWithDialog();
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Cannot open "bad.strata": nodes\[0\]\.ramGiB/),
    });
    expect(h.session.snapshot.path).toBe(good);
    expect(h.recent).toEqual([good]);
  });

  it('reads a plan to compare with, without opening it: no prompt, same path, not recent', async () => {
    const mine = await savedFile('mine');
    h.answers.open.push(mine);
    await h.session.openWithDialog();
    edit('mine');
    const other = await savedFile('other');
    h.answers.open.push(other);
    expect(await h.session.readWithDialog()).toEqual({
      status: 'opened',
      file: { name: 'other.strata', text: planJson('other'), path: null },
    });
    expect(h.session.snapshot).toMatchObject({ path: mine, dirty: true });
    expect(h.recent).toEqual([mine]);
    const bad = join(dir, 'bad.strata');
    await writeFile(bad, '{"format":"strata-plan","version":1,"nodes":[{"id":"s"}]}');
    h.answers.open.push(bad);
    expect(await h.session.readWithDialog()).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Cannot open "bad.strata": nodes\[0\]/),
    });
    expect(await h.session.readWithDialog()).toEqual({ status: 'canceled' });
    expect(h.session.snapshot).toMatchObject({ path: mine, dirty: true });
  });

  it('opens a PNG exported by Strata; Save then asks, starting beside the PNG', async () => {
    const png = join(dir, 'diagram.png');
    await writeFile(png, embedPlanInPng(tinyPng(), planJson('From PNG')));
    h.answers.open.push(png);
    const result = await h.session.openWithDialog();
    expect(result).toMatchObject({
      status: 'opened',
      file: { name: 'diagram.png', path: null, text: planJson('From PNG') },
    });
    expect(h.session.snapshot.title).toBe('From PNG — Strata');
    await h.session.save(planJson('From PNG'));
    expect(h.savePrompts.at(-1)?.defaultPath).toBe(join(dir, 'diagram.strata'));
  });

  it('opens an SVG exported by Strata; Save never writes over the picture', async () => {
    const svg = join(dir, 'diagram.svg');
    const text = planJson('From SVG');
    await writeFile(
      svg,
      `<svg xmlns="http://www.w3.org/2000/svg"><metadata data-type="application/vnd.strata.plan+json" data-version="1">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</metadata></svg>`,
    );
    h.answers.open.push(svg);
    expect(await h.session.openWithDialog()).toMatchObject({
      status: 'opened',
      file: { name: 'diagram.svg', path: null, text },
    });
    await h.session.save(text);
    expect(h.savePrompts.at(-1)?.defaultPath).toBe(join(dir, 'diagram.strata'));
  });

  it('explains a PNG that holds no plan', async () => {
    const png = join(dir, 'photo.png');
    await writeFile(png, tinyPng());
    h.answers.open.push(png);
    expect(await h.session.openWithDialog()).toEqual({
      status: 'failed',
      message: 'Cannot open "photo.png": this PNG was not exported by Strata (it holds no plan)',
    });
  });

  it('words a refused file in the app’s language', async () => {
    h = createHarness({ documents: join(dir, 'Documents'), lang: () => langOf('zh-CN') });
    const png = join(dir, 'photo.png');
    await writeFile(png, tinyPng());
    h.answers.open.push(png);
    expect(await h.session.openWithDialog()).toEqual({
      status: 'failed',
      message: '无法打开“photo.png”：此 PNG 不是由 Strata 导出的（其中没有方案）',
    });
    await h.session.openFromOs(join(dir, 'missing.strata'));
    expect(h.events.at(-1)).toBe('error:无法打开“missing.strata”：无法读取：文件不存在');
  });

  it('opens from the recent list only what is in it', async () => {
    const path = await savedFile('recent');
    expect(await h.session.openRecent(path)).toMatchObject({ status: 'failed' });
    h.recent.push(path);
    expect(await h.session.openRecent(path)).toMatchObject({ status: 'opened' });
  });

  it('hands files opened by the OS to the renderer, and errors to a dialog', async () => {
    await h.session.openFromOs(await savedFile('from-os'));
    expect(h.delivered.map((file) => file.name)).toEqual(['from-os.strata']);
    await h.session.openFromOs(join(dir, 'missing.strata'));
    expect(h.events.at(-1)).toBe(
      'error:Cannot open "missing.strata": cannot be read: the file does not exist',
    );
    expect(h.delivered).toHaveLength(1);
  });
});

describe('unsaved changes', () => {
  it('asks before opening another plan; Cancel keeps everything', async () => {
    edit();
    h.answers.unsaved.push('cancel');
    expect(await h.session.openWithDialog()).toEqual({ status: 'canceled' });
    expect(h.events).toEqual(['ask:Rack A']);
    expect(h.session.snapshot.dirty).toBe(true);
  });

  it("Don't Save discards the changes and goes on", async () => {
    edit();
    h.answers.unsaved.push('discard');
    expect(await h.session.newDocument()).toEqual({ status: 'proceed' });
    expect(h.session.snapshot).toEqual({
      path: null,
      dirty: false,
      title: 'Untitled plan — Strata',
    });
  });

  it('Save asks the renderer for the plan, saves it, then goes on', async () => {
    const path = await savedFile('doc');
    await h.session.openFromOs(path);
    edit('doc');
    h.planFromRenderer.text = planJson('doc, edited');
    h.answers.unsaved.push('save');
    expect(await h.session.newDocument()).toEqual({ status: 'proceed' });
    expect(h.events).toContain('request-plan');
    expect(await readFile(path, 'utf8')).toBe(planJson('doc, edited'));
  });

  it('Save that fails or cannot get the plan stops, with the reason shown', async () => {
    edit();
    h.answers.unsaved.push('save');
    expect(await h.session.newDocument()).toEqual({ status: 'canceled' });
    expect(h.events.at(-1)).toMatch(/^error:Strata could not get the plan/);
    h.planFromRenderer.text = planJson();
    h.answers.unsaved.push('save');
    await writeFile(join(dir, 'file'), 'x');
    h.answers.save.push(join(dir, 'file', 'x.strata'));
    expect(await h.session.newDocument()).toEqual({ status: 'canceled' });
    expect(h.events.at(-1)).toMatch(/^error:Cannot save "x.strata"/);
    expect(h.session.snapshot.dirty).toBe(true);
  });
});

describe('closing the window', () => {
  it('closes at once without unsaved changes', () => {
    expect(h.session.handleWindowClose()).toBe(true);
  });

  it('prevents the close, asks, and stays open on Cancel', async () => {
    edit();
    h.session.beginQuit();
    h.answers.unsaved.push('cancel');
    expect(h.session.handleWindowClose()).toBe(false);
    expect(h.session.handleWindowClose()).toBe(false); // a second click while asking: one prompt
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.events).toEqual(['ask:Rack A']);
    // The quit was canceled too: a later close of the window does not quit the app.
    h.answers.unsaved.push('discard');
    h.session.handleWindowClose();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.events.slice(1)).toEqual(['ask:Rack A', 'window-close']);
    expect(h.session.handleWindowClose()).toBe(true);
  });

  it('quits after the prompt when the close came from Quit', async () => {
    edit();
    h.session.beginQuit();
    h.answers.unsaved.push('discard');
    expect(h.session.handleWindowClose()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.events).toEqual(['ask:Rack A', 'quit']);
  });
});

describe('recovery copy', () => {
  it('is written while unsaved, only when it changed, and cleared by saving', async () => {
    edit();
    expect(h.timerRunning()).toBe(true);
    h.session.recovery.update(planJson('v1'));
    await h.tick();
    await h.tick();
    expect(h.slot.writes).toBe(1);
    expect(h.slot.entry).toMatchObject({ planJson: planJson('v1'), originalPath: null });
    h.session.recovery.update(planJson('v2'));
    await h.tick();
    expect(h.slot.writes).toBe(2);
    h.answers.save.push(join(dir, 'saved.strata'));
    await h.session.save(planJson('v2'));
    expect(h.slot.entry).toBeNull();
    expect(h.timerRunning()).toBe(false);
  });

  it('is not written when the plan is invalid, and is dropped when the changes are undone', async () => {
    edit();
    h.session.recovery.update('{"format":"nope"}');
    await h.tick();
    expect(h.slot.writes).toBe(0);
    h.session.recovery.update(planJson());
    await h.tick();
    h.session.setDocumentState({ title: 'Rack A', dirty: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.slot.entry).toBeNull();
  });

  it('offers a copy left by a crash once, and restoring it makes Save write to its file', async () => {
    h.slot.entry = {
      slot: 'document',
      planJson: planJson('lost work'),
      originalPath: join(dir, 'lost.strata'),
      savedAt: '2025-05-01T10:00:00.000Z',
    };
    await h.session.recovery.loadOffer();
    expect(h.session.takeRecovery()).toEqual({
      text: planJson('lost work'),
      name: 'lost.strata',
      savedAt: '2025-05-01T10:00:00.000Z',
    });
    expect(h.session.takeRecovery()).toBeNull();
    h.session.restoreRecovery();
    edit('lost work');
    expect(h.session.snapshot.title).toBe('• lost.strata — Strata');
    expect(await h.session.save(planJson('lost work'))).toMatchObject({
      status: 'saved',
      path: join(dir, 'lost.strata'),
    });
    expect(h.slot.entry).toBeNull();
  });

  it('drops an unreadable copy at start, and a declined one on request', async () => {
    h.slot.entry = { slot: 'document', planJson: 'garbage', originalPath: null, savedAt: 't' };
    await h.session.recovery.loadOffer();
    expect(h.session.takeRecovery()).toBeNull();
    expect(h.slot.entry).toBeNull();
    h.slot.entry = { slot: 'document', planJson: planJson(), originalPath: null, savedAt: 't' };
    await h.session.recovery.loadOffer();
    expect(h.session.takeRecovery()).not.toBeNull();
    await h.session.recovery.clear();
    expect(h.slot.entry).toBeNull();
  });
});

describe('exports', () => {
  it('writes a PNG that carries a valid plan where the planner chooses', async () => {
    const bytes = embedPlanInPng(tinyPng(), planJson());
    h.answers.save.push(join(dir, 'out'));
    const result = await h.session.exportFile({ kind: 'png', bytes, suggestedName: '../Rack A' });
    expect(result).toEqual({ status: 'exported', name: 'out.png', path: join(dir, 'out.png') });
    expect(h.savePrompts[0]).toEqual({
      kind: 'png',
      defaultPath: join(dir, 'Documents', 'Rack A.png'),
    });
    expect(new Uint8Array(await readFile(join(dir, 'out.png')))).toEqual(bytes);
  });

  it('refuses content that is not what it claims, before asking where', async () => {
    expect(
      await h.session.exportFile({ kind: 'png', bytes: tinyPng(), suggestedName: 'x' }),
    ).toEqual({
      status: 'failed',
      message: 'Cannot export the PNG: this PNG was not exported by Strata (it holds no plan)',
    });
    expect(
      await h.session.exportFile({ kind: 'json', text: '{}', suggestedName: 'x' }),
    ).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Cannot export the JSON: the plan is invalid/),
    });
    expect(
      await h.session.exportFile({ kind: 'report', text: '[1]', suggestedName: 'x' }),
    ).toMatchObject({
      status: 'failed',
      message: 'Cannot export the report: the report is not a JSON object',
    });
    expect(h.savePrompts).toEqual([]);
  });

  it('writes the JSON and the report, and respects Cancel', async () => {
    h.answers.save.push(join(dir, 'plan.json'), join(dir, 'report.json'));
    await h.session.exportFile({ kind: 'json', text: planJson(), suggestedName: 'Rack A' });
    await h.session.exportFile({ kind: 'report', text: '{"plan":{}}', suggestedName: '' });
    expect(await readFile(join(dir, 'plan.json'), 'utf8')).toBe(planJson());
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe('{"plan":{}}');
    expect(h.savePrompts.map((p) => p.defaultPath)).toEqual([
      join(dir, 'Documents', 'Rack A.json'),
      join(dir, 'Documents', 'plan-report.json'),
    ]);
    expect(await h.session.exportFile({ kind: 'report', text: '{}', suggestedName: 'r' })).toEqual({
      status: 'canceled',
    });
  });
});
