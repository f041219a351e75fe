// main.ts wired to a fake `electron` module: start-up, window options, IPC sender checks, the
// title, the menu and the close prompt, end to end in plain Node.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS, INVOKE_CHANNELS } from './channels';
import { fakeEvent, type FakeBrowserWindow, type FakeElectron } from './test-support/fakeElectron';
import { planJson } from './test-support/sessionHarness';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./test-support/fakeElectron');
  const root = mkdtempSync(join(tmpdir(), 'strata-main-'));
  return createFakeElectron({
    userData: join(root, 'userData'),
    documents: join(root, 'Documents'),
  });
});

const DEV_URL = 'http://127.0.0.1:5173/';
const fromApp = () => ({ senderFrame: { url: DEV_URL, parent: null }, sender: window.webContents });
const dir = mkdtempSync(join(tmpdir(), 'strata-main-plans-'));
const startFile = join(dir, 'start.strata');
let fake: FakeElectron;
let window: FakeBrowserWindow;

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(fromApp(), ...args));
}

function menuItem(id: string): MenuItemConstructorOptions | undefined {
  const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
  return walk(fake.Menu.getApplicationMenu() as MenuItemConstructorOptions[]).find(
    (item) => item.id === id,
  );
}

beforeAll(async () => {
  writeFileSync(startFile, planJson('Start'));
  vi.stubEnv('STRATA_DEV_URL', DEV_URL);
  vi.stubEnv('STRATA_OPEN', startFile);
  vi.stubEnv('STRATA_USER_DATA', '');
  fake = (await import('electron')) as unknown as FakeElectron;
  await import('./main');
  fake.app.fireReady();
  await vi.waitFor(() => expect(fake.BrowserWindow.getAllWindows()[0]?.loaded).toBeTruthy());
  window = fake.BrowserWindow.getAllWindows()[0]!;
  fake.app.emit('web-contents-created', fakeEvent(), window.webContents);
  window.webContents.emit('did-finish-load');
  await vi.waitFor(() => expect(window.title).toBe('start.strata — Strata'));
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('opens a locked-down window on the app page', () => {
    expect(window.loaded).toBe(DEV_URL);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload\.cjs$/,
    );
    expect(window.webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const navigation = { ...fakeEvent(), url: 'https://evil.example/' };
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    let granted: boolean | null = null;
    fake.permissionHandlers.request?.(window.webContents, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('sends the start-up plan to the renderer and lists it under Open Recent', () => {
    const opened = window.webContents.sent.find(([channel]) => channel === CHANNELS.planOpened);
    expect(opened?.[1]).toEqual({ name: 'start.strata', text: planJson('Start'), path: startFile });
    expect(menuItem('recent-0')?.label).toBe('start.strata');
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('keeps its own title when the page sets one, and marks unsaved changes', async () => {
    const titleEvent = fakeEvent();
    window.emit('page-title-updated', titleEvent, 'Page title');
    expect(titleEvent.defaultPrevented).toBe(true);
    await invoke(CHANNELS.setState, { title: 'Start', dirty: true });
    expect(window.title).toBe('• start.strata — Strata');
  });

  it('refuses IPC from any other page', async () => {
    const handler = fake.ipcMain.handlers.get(CHANNELS.save);
    await expect(
      Promise.resolve().then(() =>
        handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, planJson()),
      ),
    ).rejects.toThrow(/refused/);
  });

  it('dispatches menu items to the renderer by id', async () => {
    (menuItem('file-save')?.click as () => void)();
    await vi.waitFor(() =>
      expect(window.webContents.sent).toContainEqual([CHANNELS.menuAction, 'file-save']),
    );
  });

  it('asks before closing with unsaved changes; Cancel keeps the window', async () => {
    fake.dialog.messageResponses.push(2);
    window.close();
    await settle();
    expect(fake.dialog.messages.at(-1)).toBe(
      'Do you want to save the changes you made to "start.strata"?',
    );
    expect(window.destroyed).toBe(false);
  });

  it('Save asks the renderer for the plan, writes it, then closes', async () => {
    fake.dialog.messageResponses.push(0);
    window.close();
    await vi.waitFor(() =>
      expect(window.webContents.sent.some(([c]) => c === CHANNELS.planRequest)).toBe(true),
    );
    const [, id] = window.webContents.sent.find(([c]) => c === CHANNELS.planRequest)!;
    fake.ipcMain.listeners.get(CHANNELS.planResponse)?.(fromApp(), id, planJson('Edited'));
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(readFileSync(startFile, 'utf8')).toBe(planJson('Edited'));
  });
});
