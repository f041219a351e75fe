import { langOf, type Lang } from '../shared/i18n/lang';
import { describe, expect, it } from 'vitest';
import { CHANNELS, INVOKE_CHANNELS } from './channels';
import type { DocumentSession } from './documentSession';
import { registerIpcHandlers, type IpcEvent, type IpcMainLike } from './ipcHandlers';
import { createPlanRequests } from './planRequests';
import { appLocation } from './windowSecurity';

const APP_URL = 'app://strata/index.html';
const CONTENTS = { id: 1 };
const FROM_APP: IpcEvent = { senderFrame: { url: APP_URL, parent: null }, sender: CONTENTS };

type Listener = (event: IpcEvent, ...args: unknown[]) => unknown;

function setup(lang?: () => Lang) {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    on: (channel, listener) => void listeners.set(channel, listener),
  };
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return Promise.resolve({ status: 'canceled' });
    };
  const session = {
    openWithDialog: record('openWithDialog'),
    openRecent: record('openRecent'),
    openDropped: record('openDropped'),
    save: record('save'),
    saveAs: record('saveAs'),
    newDocument: record('newDocument'),
    setDocumentState: record('setDocumentState'),
    exportFile: record('exportFile'),
    takeRecovery: record('takeRecovery'),
    restoreRecovery: record('restoreRecovery'),
    recovery: { update: record('recovery.update'), clear: record('recovery.clear') },
  } as unknown as DocumentSession;
  const sent: number[] = [];
  const planRequests = createPlanRequests((id) => sent.push(id));
  const menuStates: unknown[] = [];
  registerIpcHandlers(ipc, {
    app: appLocation(APP_URL),
    windowOf: (sender) =>
      sender === CONTENTS
        ? { session, planRequests, setMenuState: (state) => menuStates.push(state) }
        : null,
    recentPaths: async () => ['/plans/a.strata'],
    isFile: async (path) => path !== '/plans/folder.strata',
    lang,
  });
  const invoke = (channel: string, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(handler(FROM_APP, ...args));
  };
  return { handlers, listeners, calls, invoke, planRequests, sent, menuStates };
}

describe('IPC handlers', () => {
  it('registers one handler per bridge capability', () => {
    const { handlers, listeners } = setup();
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...listeners.keys()]).toEqual([CHANNELS.planResponse]);
  });

  it('refuses every request that does not come from the top frame of the app page', async () => {
    const { handlers, calls } = setup();
    const strangers: IpcEvent[] = [
      { senderFrame: null },
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: APP_URL, parent: {} } },
      { senderFrame: { url: `${APP_URL}.evil`, parent: null } },
    ];
    for (const channel of INVOKE_CHANNELS) {
      for (const event of strangers) {
        await expect(
          Promise.resolve().then(() => handlers.get(channel)?.(event, '{}')),
        ).rejects.toThrow(/refused/);
      }
    }
    expect(calls).toEqual([]);
  });

  it('re-validates arguments before the session sees them', async () => {
    const { invoke, calls } = setup();
    await expect(invoke(CHANNELS.save, 42)).rejects.toThrow(/must be text/);
    await expect(invoke(CHANNELS.save, 'x'.repeat(50 * 1024 * 1024 + 1))).rejects.toThrow(
      /over 50 MiB/,
    );
    await expect(invoke(CHANNELS.setState, { title: 'x', dirty: 'yes' })).rejects.toThrow(/dirty/);
    await expect(invoke(CHANNELS.exportPng, 'not bytes', 'x')).rejects.toThrow(/bytes/);
    await expect(invoke(CHANNELS.openRecent, 'relative.strata')).rejects.toThrow(/absolute/);
    await expect(invoke(CHANNELS.openDropped, '/etc/passwd')).rejects.toThrow(
      /Strata opens \.strata, \.json, \.png, \.svg files/,
    );
    await expect(invoke(CHANNELS.writeRecovery, null)).rejects.toThrow(/must be text/);
    expect(calls).toEqual([]);
  });

  it('passes valid requests on', async () => {
    const { invoke, calls } = setup();
    await invoke(CHANNELS.save, '{"plan":1}');
    await invoke(CHANNELS.setState, { title: 'Rack', dirty: true, extra: 'dropped' });
    await invoke(CHANNELS.exportPng, new Uint8Array([1, 2]), 'Rack');
    await invoke(CHANNELS.exportReport, '{}', 'r');
    await invoke(CHANNELS.exportSvg, '<svg/>', 's');
    await invoke(CHANNELS.exportPdf, new Uint8Array([37]), 'p');
    await invoke(CHANNELS.openDropped, '/plans/b.PNG');
    await invoke(CHANNELS.writeRecovery, '{}');
    expect(calls).toEqual([
      ['save', '{"plan":1}'],
      ['setDocumentState', { title: 'Rack', dirty: true }],
      ['exportFile', { kind: 'png', bytes: new Uint8Array([1, 2]), suggestedName: 'Rack' }],
      ['exportFile', { kind: 'report', text: '{}', suggestedName: 'r' }],
      ['exportFile', { kind: 'svg', text: '<svg/>', suggestedName: 's' }],
      ['exportFile', { kind: 'pdf', bytes: new Uint8Array([37]), suggestedName: 'p' }],
      ['openDropped', '/plans/b.PNG'],
      ['recovery.update', '{}'],
    ]);
  });

  it('passes a valid menu state to its window, refuses a malformed one, and needs a window', async () => {
    const { invoke, handlers, menuStates } = setup();
    const state = {
      selectedNodes: 2,
      selectedLinks: 0,
      gestureActive: false,
      canUndo: true,
      canRedo: false,
      hasClipboard: false,
      failureMode: false,
      heatView: true,
      compare: false,
      minimap: true,
      nodeCount: 14,
      longJob: false,
      textEditing: false,
      textSelected: false,
    };
    await invoke(CHANNELS.setMenuState, { ...state, extra: 'dropped' });
    expect(menuStates).toEqual([state]);
    await expect(invoke(CHANNELS.setMenuState, { ...state, nodeCount: -1 })).rejects.toThrow(
      /nodeCount/,
    );
    await expect(invoke(CHANNELS.setMenuState, { ...state, heatView: 'yes' })).rejects.toThrow(
      /heatView/,
    );
    const otherWindow = { senderFrame: FROM_APP.senderFrame, sender: { id: 2 } };
    await expect(
      Promise.resolve().then(() => handlers.get(CHANNELS.setMenuState)?.(otherWindow, state)),
    ).rejects.toThrow(/no document window/);
  });

  it('lists recent files with their names, and refuses a dropped folder', async () => {
    const { invoke } = setup();
    expect(await invoke(CHANNELS.listRecent)).toEqual([
      { name: 'a.strata', path: '/plans/a.strata' },
    ]);
    expect(await invoke(CHANNELS.openDropped, '/plans/folder.strata')).toEqual({
      status: 'failed',
      message: 'Cannot open "folder.strata": it is not a file',
    });
    const zh = setup(() => langOf('zh-CN'));
    expect(await zh.invoke(CHANNELS.openDropped, '/plans/folder.strata')).toEqual({
      status: 'failed',
      message: '无法打开“folder.strata”：这不是文件',
    });
  });

  it('accepts the answer to a plan request only from the app page', async () => {
    const { listeners, planRequests, sent } = setup();
    const pending = planRequests.request();
    listeners.get(CHANNELS.planResponse)?.(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      sent[0],
      'evil',
    );
    listeners.get(CHANNELS.planResponse)?.(FROM_APP, sent[0], '{"good":1}');
    expect(await pending).toBe('{"good":1}');
  });
});
