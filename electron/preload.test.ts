// The preload against a fake `electron`: what `window.strata` exposes and how events flow.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenedFile, StrataBridge } from '../shared/bridge';
import { CHANNELS } from './channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    invoked: [] as unknown[][],
    sent: [] as unknown[][],
    listeners,
    paths: new Map<object, string>(),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'main' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => void fake.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      fake.invoked.push(args);
      return Promise.resolve({ status: 'canceled' });
    },
    send: (...args: unknown[]) => void fake.sent.push(args),
    on: (channel: string, listener: Listener) => {
      fake.listeners.set(channel, new Set([...(fake.listeners.get(channel) ?? []), listener]));
    },
    removeListener: (channel: string, listener: Listener) =>
      void fake.listeners.get(channel)?.delete(listener),
  },
  webUtils: { getPathForFile: (file: object) => fake.paths.get(file) ?? '' },
}));

let bridge: StrataBridge;
const FILE: OpenedFile = { name: 'a.strata', text: '{}', path: '/p/a.strata' };

beforeAll(async () => {
  await import('./preload');
  bridge = fake.exposed.get('strata') as StrataBridge;
});

describe('preload bridge', () => {
  it('exposes one function per capability as window.strata, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['strata']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.keys(bridge)).toHaveLength(22);
  });

  it('invokes one channel per capability with only the given arguments', async () => {
    await bridge.save('{"plan":1}');
    await bridge.exportPng(new Uint8Array([1]), 'x');
    await bridge.setDocumentState({ title: 't', dirty: true, extra: 1 } as never);
    expect(fake.invoked).toEqual([
      [CHANNELS.save, '{"plan":1}'],
      [CHANNELS.exportPng, new Uint8Array([1]), 'x'],
      [CHANNELS.setState, { title: 't', dirty: true }],
    ]);
  });

  it('keeps plans opened before the renderer subscribed, then delivers them', () => {
    fake.emit(CHANNELS.planOpened, FILE);
    fake.emit(CHANNELS.planOpened, { name: 'bad' });
    const received: OpenedFile[] = [];
    const unsubscribe = bridge.onOpenPlan((file) => received.push(file));
    expect(received).toEqual([FILE]);
    fake.emit(CHANNELS.planOpened, FILE);
    unsubscribe();
    fake.emit(CHANNELS.planOpened, FILE);
    expect(received).toHaveLength(2);
  });

  it('passes only known menu action ids, until unsubscribed', () => {
    const received: string[] = [];
    const unsubscribe = bridge.onMenuAction((id) => received.push(id));
    fake.emit(CHANNELS.menuAction, 'file-save');
    fake.emit(CHANNELS.menuAction, 'rm-rf');
    unsubscribe();
    fake.emit(CHANNELS.menuAction, 'file-open');
    expect(received).toEqual(['file-save']);
  });

  it('answers plan requests with the provider, null when it throws', () => {
    const stop = bridge.onPlanRequested(() => '{"now":1}');
    fake.emit(CHANNELS.planRequest, 7);
    stop();
    bridge.onPlanRequested(() => {
      throw new Error('busy');
    });
    fake.emit(CHANNELS.planRequest, 8);
    expect(fake.sent).toEqual([
      [CHANNELS.planResponse, 7, '{"now":1}'],
      [CHANNELS.planResponse, 8, null],
    ]);
  });

  it('opens a dropped file by the path Electron gives, and refuses one without', async () => {
    const real = {};
    fake.paths.set(real, '/p/dropped.strata');
    fake.invoked.length = 0;
    await bridge.openDropped(real);
    expect(fake.invoked).toEqual([[CHANNELS.openDropped, '/p/dropped.strata']]);
    expect(await bridge.openDropped({})).toMatchObject({ status: 'failed' });
    expect(fake.invoked).toHaveLength(1);
  });
});
