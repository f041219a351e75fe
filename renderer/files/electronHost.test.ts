import { langOf } from '../../shared/i18n/lang';
import { describe, expect, it, vi } from 'vitest';
import type { MenuActionId, OpenedFile, StrataBridge } from '../../shared/bridge';
import { serializePlan } from '../../shared/load/serialize';
import { twoHostPlan } from '../../shared/test-support/plans';
import { createElectronHost, fromOpenResult } from './electronHost';

function fakeBridge() {
  const listeners = {
    menu: [] as ((id: MenuActionId) => void)[],
    open: [] as ((file: OpenedFile) => void)[],
    plan: [] as (() => string | null)[],
  };
  const calls: unknown[][] = [];
  const record =
    <T>(name: string, value: T) =>
    (...args: unknown[]): Promise<T> => {
      calls.push([name, ...args]);
      return Promise.resolve(value);
    };
  const text = serializePlan(twoHostPlan());
  const bridge: StrataBridge = {
    openDialog: record('openDialog', {
      status: 'opened',
      file: { name: 'rack.strata', text, path: '/p/rack.strata' },
    }),
    readPlanDialog: record('readPlanDialog', {
      status: 'failed',
      message: 'Cannot open "b.strata": nodes[0].ramGiB: must be a positive number',
    }),
    openRecent: record('openRecent', { status: 'canceled' }),
    openDropped: record('openDropped', {
      status: 'failed',
      message: 'Cannot open "x.png": not a PNG file',
    }),
    listRecent: record('listRecent', []),
    newDocument: record('newDocument', { status: 'canceled' }),
    setMenuState: record('setMenuState', undefined),
    save: record('save', { status: 'saved', name: 'rack.strata', path: '/p/rack.strata' }),
    saveAs: record('saveAs', { status: 'canceled' }),
    exportPng: record('exportPng', { status: 'exported', name: 'rack.png', path: '/p/rack.png' }),
    exportJson: record('exportJson', {
      status: 'exported',
      name: 'rack.json',
      path: '/p/rack.json',
    }),
    exportReport: record('exportReport', { status: 'failed', message: 'disk full' }),
    exportSvg: record('exportSvg', { status: 'exported', name: 'rack.svg', path: '/p/rack.svg' }),
    exportPdf: record('exportPdf', {
      status: 'exported',
      name: 'rack-report.pdf',
      path: '/p/rack-report.pdf',
    }),
    setDocumentState: record('setDocumentState', undefined),
    writeRecovery: record('writeRecovery', undefined),
    clearRecovery: record('clearRecovery', undefined),
    takeRecovery: record('takeRecovery', null),
    restoreRecovery: record('restoreRecovery', undefined),
    onMenuAction: (cb) => (
      listeners.menu.push(cb),
      () => listeners.menu.splice(listeners.menu.indexOf(cb), 1)
    ),
    onOpenPlan: (cb) => (
      listeners.open.push(cb),
      () => listeners.open.splice(listeners.open.indexOf(cb), 1)
    ),
    onPlanRequested: (cb) => (
      listeners.plan.push(cb),
      () => listeners.plan.splice(listeners.plan.indexOf(cb), 1)
    ),
  };
  return { bridge, calls, listeners, text };
}

describe('electronHost', () => {
  it('maps the bridge’s results to the flows’ outcomes', async () => {
    const { bridge, text } = fakeBridge();
    const host = createElectronHost(bridge, () => undefined);
    const opened = await host.open();
    expect(opened.status === 'opened' && serializePlan(opened.plan)).toBe(text);
    expect(opened).toMatchObject({ name: 'rack.strata' });
    expect(await host.openFile({} as File)).toEqual({
      status: 'failed',
      message: 'Cannot open "x.png": not a PNG file',
    });
    // A plan read to compare with: through its own capability, the refusal naming the file.
    expect(await host.readPlanFile()).toEqual({
      status: 'failed',
      message: 'Cannot open "b.strata": nodes[0].ramGiB: must be a positive number',
    });
    expect(await host.newDocument()).toBe('canceled');
    expect(await host.save('{}', 'ignored.strata')).toEqual({
      status: 'saved',
      name: 'rack.strata',
    });
    expect(await host.saveAs('{}', 'ignored.strata')).toEqual({ status: 'canceled' });
    expect(await host.exportFile('report', 'x', 'r.json')).toEqual({
      status: 'failed',
      message: 'disk full',
    });
    expect(host.settlesUnsaved).toBe(true);
  });

  it('sends each export to its own capability', async () => {
    const { bridge, calls } = fakeBridge();
    const host = createElectronHost(bridge, () => undefined);
    const png = new Uint8Array([137, 80]);
    await host.exportFile('png', png, 'rack.png');
    await host.exportFile('json', '{"a":1}', 'rack.json');
    await host.exportFile('svg', '<svg/>', 'rack.svg');
    const pdf = new Uint8Array([37, 80, 68, 70]);
    await host.exportFile('pdf', pdf, 'rack-report.pdf');
    expect(calls).toEqual([
      ['exportPng', png, 'rack.png'],
      ['exportJson', '{"a":1}', 'rack.json'],
      ['exportSvg', '<svg/>', 'rack.svg'],
      ['exportPdf', pdf, 'rack-report.pdf'],
    ]);
  });

  it('passes the document state, recovery copies and menu items through', async () => {
    const { bridge, calls, listeners, text } = fakeBridge();
    const close = vi.fn();
    const host = createElectronHost(bridge, close);
    const menu = vi.fn();
    const arrived = vi.fn();
    const opening: (string | null)[] = [];
    const off = host.connect({
      menuAction: menu,
      planArrived: arrived,
      planJson: () => 'PLAN',
      isDirty: () => true,
      opening: (state) => opening.push(state && `${state.fileName} ${state.progress.stage}`),
    });
    host.documentChanged({ title: 'Rack', fileName: 'rack.strata', dirty: true });
    host.writeRecovery('{}', null);
    host.discardRecovery();
    host.restoreRecovery();
    host.closeWindow?.();
    expect(calls).toEqual([
      ['setDocumentState', { title: 'Rack', dirty: true }],
      ['writeRecovery', '{}'],
      ['clearRecovery'],
      ['restoreRecovery'],
    ]);
    expect(close).toHaveBeenCalledOnce();
    listeners.menu[0]?.('file-save');
    expect(menu).toHaveBeenCalledWith('file-save');
    listeners.open[0]?.({ name: 'a.png', text, path: null });
    await vi.waitFor(() =>
      expect(arrived).toHaveBeenCalledWith(
        expect.objectContaining({ status: 'opened', name: 'a.png' }),
        true,
      ),
    );
    // Loaded off the main thread, with progress until the plan is drawn.
    expect(new Set(opening)).toEqual(
      new Set(['a.png checking', 'a.png receiving', 'a.png drawing', null]),
    );
    expect(opening.at(-1)).toBeNull();
    expect(listeners.plan[0]?.()).toBe('PLAN');
    off();
    expect(listeners.menu.length + listeners.open.length + listeners.plan.length).toBe(0);
  });

  it("words a refusal the desktop sent as a catalog message in the editor's language", async () => {
    const said = { key: 'open.notOnDisk', params: {} } as const;
    const refused = { status: 'failed', message: 'Cannot open this item', said } as const;
    expect(await fromOpenResult(refused, undefined, undefined, langOf('zh-CN'))).toEqual({
      status: 'failed',
      message: '无法打开此项：它不是磁盘上的文件。',
    });
    expect(await fromOpenResult(refused)).toEqual({
      status: 'failed',
      message: 'Cannot open this item: it is not a file on disk.',
    });
  });

  it('refuses a delivered plan the loader does not accept', async () => {
    expect(
      await fromOpenResult({
        status: 'opened',
        file: { name: 'a.strata', text: '{}', path: null },
      }),
    ).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Cannot open "a\.strata": /),
    });
  });
});
