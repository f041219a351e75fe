// main.ts with a fake `electron`: each window is one document. Files from a second launch and from
// macOS open-file go to the window focused last when it is empty, to a new window when it holds a
// document, and to the window already showing them; the menu follows the focused window's state.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_ACTION_STATE } from '../shared/actions/rules';
import { CHANNELS } from './channels';
import { fakeEvent, type FakeBrowserWindow, type FakeElectron } from './test-support/fakeElectron';
import { planJson } from './test-support/sessionHarness';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./test-support/fakeElectron');
  const root = mkdtempSync(join(tmpdir(), 'strata-windows-main-'));
  return createFakeElectron({ userData: join(root, 'userData'), documents: join(root, 'Docs') });
});

const DEV_URL = 'http://127.0.0.1:5173/';
const dir = mkdtempSync(join(tmpdir(), 'strata-windows-plans-'));
const plan = (name: string): string => {
  const path = join(dir, `${name}.strata`);
  writeFileSync(path, planJson(name));
  return path;
};
let fake: FakeElectron;

const windows = (): FakeBrowserWindow[] => fake.BrowserWindow.getAllWindows();
const opened = (window: FakeBrowserWindow): string[] =>
  window.webContents.sent
    .filter(([channel]) => channel === CHANNELS.planOpened)
    .map(([, file]) => (file as { name: string }).name);

function invokeFrom(window: FakeBrowserWindow, channel: string, ...args: unknown[]) {
  const event = { senderFrame: { url: DEV_URL, parent: null }, sender: window.webContents };
  return Promise.resolve().then(() => fake.ipcMain.handlers.get(channel)?.(event, ...args));
}

function menuItem(id: string): MenuItemConstructorOptions | undefined {
  const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
  return walk(fake.Menu.getApplicationMenu() as MenuItemConstructorOptions[]).find(
    (item) => item.id === id,
  );
}

/** A new window loads, then its page finishes loading (when main hands it its file). */
async function nextWindowLoaded(count: number): Promise<FakeBrowserWindow> {
  await vi.waitFor(() => expect(windows()[count - 1]?.loaded).toBe(DEV_URL));
  const window = windows()[count - 1]!;
  window.webContents.emit('did-finish-load');
  return window;
}

beforeAll(async () => {
  vi.stubEnv('STRATA_DEV_URL', DEV_URL);
  vi.stubEnv('STRATA_OPEN', '');
  fake = (await import('electron')) as unknown as FakeElectron;
  await import('./main');
  fake.app.emit('will-finish-launching');
  fake.app.fireReady();
  await nextWindowLoaded(1);
});

describe('one document per window', () => {
  it('opens a second launch’s file in the empty start window', async () => {
    const a = plan('a');
    fake.app.emit('second-instance', fakeEvent(), ['/opt/strata', a], dir);
    await vi.waitFor(() => expect(opened(windows()[0]!)).toEqual(['a.strata']));
    expect(windows()).toHaveLength(1);
  });

  it('opens the next file in a new window, and a file already open by focusing its window', async () => {
    const b = plan('b');
    fake.app.emit('second-instance', fakeEvent(), ['/opt/strata', b], dir);
    const second = await nextWindowLoaded(2);
    await vi.waitFor(() => expect(opened(second)).toEqual(['b.strata']));
    expect(opened(windows()[0]!)).toEqual(['a.strata']);

    const open = fakeEvent();
    fake.app.emit('open-file', open, join(dir, 'a.strata'));
    expect(open.defaultPrevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(windows()).toHaveLength(2);
    expect(opened(windows()[0]!)).toEqual(['a.strata']);
  });

  it('opens a macOS open-file in a new window when the focused one holds a document', async () => {
    fake.app.emit('open-file', fakeEvent(), plan('c'));
    const third = await nextWindowLoaded(3);
    await vi.waitFor(() => expect(opened(third)).toEqual(['c.strata']));
  });

  it('routes IPC to the window that sent it', async () => {
    const [first, second] = windows();
    await invokeFrom(second!, CHANNELS.setState, { title: 'b', dirty: true });
    expect(second!.title).toBe('• b.strata — Strata');
    expect(first!.title).toBe('a.strata — Strata');
  });

  it('enables and checks the menu from the focused window’s state', async () => {
    const [first, second] = windows();
    const state = { ...EMPTY_ACTION_STATE, textEditing: false, textSelected: false, nodeCount: 3 };
    await invokeFrom(first!, CHANNELS.setMenuState, { ...state, canUndo: true, heatView: true });
    await invokeFrom(second!, CHANNELS.setMenuState, state);
    first!.focus();
    expect(menuItem('edit-undo')?.enabled).toBe(true);
    expect(menuItem('view-heat')?.checked).toBe(true);
    second!.focus();
    expect(menuItem('edit-undo')?.enabled).toBe(false);
    expect(menuItem('view-heat')?.checked).toBe(false);
  });

  it('sends menu clicks to the focused window only', async () => {
    const [first, second] = windows();
    first!.focus();
    (menuItem('view-minimap')?.click as () => void)();
    await vi.waitFor(() =>
      expect(first!.webContents.sent).toContainEqual([CHANNELS.menuAction, 'view-minimap']),
    );
    expect(second!.webContents.sent).not.toContainEqual([CHANNELS.menuAction, 'view-minimap']);
  });
});
