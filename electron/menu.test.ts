import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_ACTION_IDS, type MenuActionId } from '../shared/bridge';
import { buildMenuTemplate, type MenuHandlers } from './menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function recorder(): MenuHandlers & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    action: (id) => calls.push(`action:${id}`),
    openRecent: (path) => calls.push(`recent:${path}`),
    clearRecent: () => calls.push('clear'),
  };
}

function build(
  platform: NodeJS.Platform,
  recent: { name: string; path: string }[] = [],
  developer = false,
) {
  const handlers = recorder();
  const template = buildMenuTemplate({ platform, recent, developer }, handlers);
  const byId = new Map(
    flatten(template)
      .filter((i) => i.id)
      .map((item) => [item.id, item]),
  );
  return { template, byId, handlers };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('has every action id exactly once, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ids = flatten(build(platform).template)
        .map((item) => item.id)
        .filter(Boolean);
      for (const id of MENU_ACTION_IDS)
        expect(
          ids.filter((x) => x === id),
          `${platform} ${id}`,
        ).toHaveLength(1);
    }
  });

  it('dispatches each item by its id', () => {
    const { byId, handlers } = build('linux');
    for (const id of MENU_ACTION_IDS) click(byId.get(id));
    expect(handlers.calls).toEqual(MENU_ACTION_IDS.map((id) => `action:${id}`));
  });

  it('puts the items in the menus the issue names, with the usual labels', () => {
    const { template } = build('linux');
    const labels = (menu: MenuItemConstructorOptions | undefined) =>
      (menu?.submenu as MenuItemConstructorOptions[]).filter((i) => i.label).map((i) => i.label);
    expect(template.map((menu) => menu.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Plan',
      '&Help',
    ]);
    expect(labels(template[0])).toEqual([
      'New plan',
      'Open…',
      'Open Recent',
      'Import…',
      'Save',
      'Save As…',
      'Export PNG…',
      'Export SVG…',
      'Export JSON…',
      'Export Report…',
      'Export Report as JSON…',
      'Close',
      'Quit',
    ]);
    expect(labels(template[1])).toEqual([
      'Undo',
      'Redo',
      'Cut',
      'Copy',
      'Paste',
      'Duplicate',
      'Delete',
      'Select All',
      'Find…',
    ]);
    expect(labels(template[2])).toEqual([
      'Zoom to Fit',
      'Zoom to 100%',
      'Zoom In',
      'Zoom Out',
      'Tidy Up',
      'Minimap',
      'Failure Mode',
      'Heat View',
      'Compare',
      'Dark Theme',
      'English',
      '简体中文',
    ]);
    expect(labels(template[3])).toEqual(['Consolidate…']);
    expect(labels(template[4])).toEqual(['Keyboard Shortcuts', 'Examples', 'About Strata']);
  });

  it('uses the usual accelerators', () => {
    const { byId } = build('linux');
    const accelerator = (id: MenuActionId) => byId.get(id)?.accelerator;
    expect(accelerator('file-new')).toBe('CmdOrCtrl+N');
    expect(accelerator('edit-find')).toBe('CmdOrCtrl+F');
    expect(accelerator('view-zoom-reset')).toBe('CmdOrCtrl+0');
    expect(accelerator('file-open')).toBe('CmdOrCtrl+O');
    expect(accelerator('file-save')).toBe('CmdOrCtrl+S');
    expect(accelerator('file-save-as')).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator('file-close')).toBe('CmdOrCtrl+W');
    expect(accelerator('edit-undo')).toBe('CmdOrCtrl+Z');
    expect(accelerator('edit-redo')).toBe('Ctrl+Y');
    expect(accelerator('edit-copy')).toBe('CmdOrCtrl+C');
    expect(accelerator('edit-select-all')).toBe('CmdOrCtrl+A');
    expect(accelerator('view-zoom-in')).toBe('CmdOrCtrl+=');
    expect(accelerator('view-zoom-out')).toBe('CmdOrCtrl+-');
    expect(accelerator('edit-duplicate')).toBe('CmdOrCtrl+D');
    expect(accelerator('view-theme')).toBe('CmdOrCtrl+Shift+L');
    expect(build('darwin').byId.get('edit-redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('shows the same single-key shortcuts as the app, and leaves those keys to the page', () => {
    const { byId } = build('linux');
    for (const [id, key] of [
      ['view-zoom-fit', 'Shift+1'],
      ['view-minimap', 'M'],
      ['view-failure-mode', 'F'],
      ['view-heat', 'H'],
      ['view-tidy', 'Shift+T'],
    ] as const) {
      expect(byId.get(id), id).toMatchObject({ accelerator: key, registerAccelerator: false });
    }
  });

  it('enables and checks its items from the renderer state', () => {
    const state = {
      selectedNodes: 0,
      selectedLinks: 0,
      gestureActive: false,
      canUndo: true,
      canRedo: false,
      hasClipboard: false,
      failureMode: true,
      heatView: false,
      compare: false,
      minimap: true,
      nodeCount: 3,
      longJob: false,
      textEditing: false,
      textSelected: false,
    };
    const built = (s: typeof state) =>
      new Map(
        flatten(
          buildMenuTemplate(
            { platform: 'linux', recent: [], developer: false, state: s },
            recorder(),
          ),
        )
          .filter((i) => i.id)
          .map((item) => [item.id, item]),
      );
    const byId = built(state);
    expect(byId.get('edit-undo')?.enabled).toBe(true);
    expect(byId.get('edit-redo')?.enabled).toBe(false);
    expect(byId.get('edit-duplicate')?.enabled).toBe(false);
    expect(byId.get('edit-copy')?.enabled).toBe(false);
    expect(byId.get('view-tidy')?.enabled).toBe(true);
    expect(byId.get('view-failure-mode')).toMatchObject({ type: 'checkbox', checked: true });
    expect(byId.get('view-heat')).toMatchObject({ type: 'checkbox', checked: false });
    expect(byId.get('view-minimap')).toMatchObject({ type: 'checkbox', checked: true });
    // Mid-drag, document edits wait; in a text field, the editing items act natively.
    const dragging = built({ ...state, gestureActive: true, selectedNodes: 1 });
    expect(dragging.get('edit-undo')?.enabled).toBe(false);
    expect(dragging.get('view-failure-mode')?.enabled).toBe(false);
    expect(dragging.get('edit-copy')?.enabled).toBe(true);
    const typing = built({ ...state, canUndo: false, textEditing: true });
    for (const id of ['edit-undo', 'edit-redo', 'edit-cut', 'edit-copy', 'edit-paste'])
      expect(typing.get(id)?.enabled, id).toBe(true);
    expect(typing.get('edit-duplicate')?.enabled).toBe(false);
    expect(built({ ...state, textSelected: true }).get('edit-copy')?.enabled).toBe(true);
    // Plan ▸ Consolidate… waits for a long job (a consolidation running) and needs a plan.
    expect(byId.get('plan-consolidate')?.enabled).toBe(true);
    expect(built({ ...state, longJob: true }).get('plan-consolidate')?.enabled).toBe(false);
    expect(built({ ...state, nodeCount: 0 }).get('plan-consolidate')?.enabled).toBe(false);
  });

  it('shows Delete without taking the key from text fields', () => {
    expect(build('linux').byId.get('edit-delete')).toMatchObject({
      accelerator: 'Delete',
      registerAccelerator: false,
    });
    expect(build('darwin').byId.get('edit-delete')).toMatchObject({
      accelerator: 'Backspace',
      registerAccelerator: false,
    });
  });

  it('has no two items sharing an accelerator', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = flatten(build(platform).template)
        .map((item) => item.accelerator)
        .filter((a): a is string => typeof a === 'string');
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('lists recent files, opens them and clears them', () => {
    const recent = [
      { name: 'a.strata', path: '/plans/a.strata' },
      { name: 'b.png', path: '/plans/b.png' },
    ];
    const { byId, handlers } = build('linux', recent);
    const submenu = byId.get('file-open-recent')?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label ?? item.type)).toEqual([
      'a.strata',
      'b.png',
      'separator',
      'Clear Recent',
    ]);
    click(byId.get('recent-1'));
    click(byId.get('file-clear-recent'));
    expect(handlers.calls).toEqual(['recent:/plans/b.png', 'clear']);
  });

  it('says so when there are no recent files', () => {
    const submenu = build('linux').byId.get('file-open-recent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(submenu[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(submenu[2]).toMatchObject({ id: 'file-clear-recent', enabled: false });
  });

  it('follows macOS conventions: an app menu with About and Quit, a Window menu', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('Strata');
    const appItems = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appItems[0]?.id).toBe('help-about');
    expect(appItems.at(-1)?.role).toBe('quit');
    expect(template.some((menu) => menu.role === 'windowMenu')).toBe(true);
    const fileItems = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(fileItems.some((item) => item.role === 'quit')).toBe(false);
  });

  it('offers developer tools only in development', () => {
    const roles = (developer: boolean) =>
      flatten(build('linux', [], developer).template).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
