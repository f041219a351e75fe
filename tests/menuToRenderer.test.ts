// Every action of the desktop menu reaches the renderer's dispatcher: a click on the menu built by
// main.ts (with a fake `electron`), the IPC message to the page, the preload's `onMenuAction`, the
// renderer's desktop host, and `performAction` on the registry that the toolbar and the keyboard
// use — which holds an action for every id of the manifest.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ACTION_IDS } from '../shared/actions/manifest';
import { MENU_ACTION_IDS, type StrataBridge } from '../shared/bridge';
import type { FakeBrowserWindow, FakeElectron } from '../electron/test-support/fakeElectron';
import { getAction, performAction, registerActions } from '../renderer/actions/registry';
import { emptyPlan } from '../shared/model/defaults';
import { createTestDocument } from '../renderer/document/testDocument';
import { createElectronHost } from '../renderer/files/electronHost';
import { fileFlowActions } from '../renderer/files/fileFlowActions';
import { importActions } from '../renderer/import/importActions';
import type { FileFlows } from '../renderer/files/fileFlows';

const DEV_URL = 'http://127.0.0.1:5173/';

type Listener = (event: unknown, ...args: unknown[]) => void;
type Wired = FakeElectron & {
  exposed: Map<string, unknown>;
  window(): FakeBrowserWindow;
};

vi.mock('electron', async () => {
  const support = await import('../electron/test-support/fakeElectron');
  const root = mkdtempSync(join(tmpdir(), 'strata-menu-chain-'));
  const fake = support.createFakeElectron({
    userData: join(root, 'userData'),
    documents: join(root, 'Documents'),
  });
  const listeners = new Map<string, Set<Listener>>();
  const exposed = new Map<string, unknown>();
  const window = () => support.FakeBrowserWindow.getAllWindows()[0]!;
  // main → page: what a window's web contents sends reaches the preload's listeners.
  const send = support.FakeWebContents.prototype.send;
  support.FakeWebContents.prototype.send = function (channel: string, ...args: unknown[]) {
    send.call(this, channel, ...args);
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'main' }, ...args);
  };
  // page → main: the preload's invoke runs main's handler, as the page's own frame.
  const event = () => ({
    senderFrame: { url: DEV_URL, parent: null },
    sender: window().webContents,
  });
  return {
    ...fake,
    exposed,
    window,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) =>
        fake.ipcMain.handlers.get(channel)?.(event(), ...args),
      send: (channel: string, ...args: unknown[]) =>
        fake.ipcMain.listeners.get(channel)?.(event(), ...args),
      on: (channel: string, listener: Listener) =>
        void listeners.set(channel, new Set([...(listeners.get(channel) ?? []), listener])),
      removeListener: (channel: string, listener: Listener) =>
        void listeners.get(channel)?.delete(listener),
    },
    webUtils: { getPathForFile: () => '' },
  };
});

const flows = new Proxy({} as FileFlows, { get: () => () => Promise.resolve() });
// The window's document, as installFlows.ts hands it to performAction.
const doc = createTestDocument(emptyPlan());
let fake: Wired;
const reached: string[] = [];

function menuItems(): MenuItemConstructorOptions[] {
  const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
  return walk(fake.Menu.getApplicationMenu() as MenuItemConstructorOptions[]);
}

beforeAll(async () => {
  vi.stubEnv('STRATA_DEV_URL', DEV_URL);
  vi.stubEnv('STRATA_OPEN', '');
  fake = (await import('electron')) as unknown as Wired;
  await import('../electron/main');
  fake.app.fireReady();
  await vi.waitFor(() => expect(fake.window().loaded).toBe(DEV_URL));
  await import('../electron/preload');
  const bridge = fake.exposed.get('strata') as StrataBridge;

  // The renderer, as document/installFlows.ts wires it: the file and import actions registered, menu actions to
  // performAction.
  registerActions(fileFlowActions(flows, () => undefined));
  registerActions(importActions(doc));
  createElectronHost(bridge, () => undefined).connect({
    menuAction: (id) => void performAction(id, { source: 'menu', doc }),
    planArrived: () => undefined,
    planJson: () => null,
    isDirty: () => false,
    opening: () => undefined,
  });
});

describe('menu → IPC → renderer', () => {
  it('has a renderer action for every id of the manifest', () => {
    for (const id of ACTION_IDS) expect(getAction(id), id).toBeDefined();
  });

  it('delivers every menu item to the renderer action of the same id', async () => {
    // Record instead of acting (and whatever the editor state, so every item can be tried).
    registerActions(
      ACTION_IDS.map((id) => ({
        ...getAction(id)!,
        enabled: () => true,
        perform: () => void reached.push(id),
      })),
    );
    const items = menuItems();
    for (const id of MENU_ACTION_IDS) {
      if (id === 'file-close') continue;
      const item = items.find((i) => i.id === id);
      expect(item, id).toBeDefined();
      (item!.click as () => void)();
      await vi.waitFor(() => expect(reached.at(-1)).toBe(id));
    }
    expect(reached).toEqual(MENU_ACTION_IDS.filter((id) => id !== 'file-close'));
  });

  it('closes the window itself for Close (which asks about unsaved changes there)', async () => {
    const window = fake.window();
    (menuItems().find((i) => i.id === 'file-close')!.click as () => void)();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });
});
