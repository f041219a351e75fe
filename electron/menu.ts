// The application menu as a template (plain data, testable without Electron): File, Edit, View,
// Help (and the app menu on macOS); every action item carries its action id as its menu id.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuActionId, RecentFile } from '../shared/bridge';
import { acceleratorFor, MENU_ITEMS } from './menuItems';

export interface MenuHandlers {
  action(id: MenuActionId): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly recent: readonly RecentFile[];
  /** Adds Reload and Developer Tools to the View menu. */
  readonly developer: boolean;
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(
  context: MenuContext,
  handlers: MenuHandlers,
): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const item = (id: MenuActionId): MenuItemConstructorOptions => {
    const spec = MENU_ITEMS[id];
    const accelerator = acceleratorFor(id, context.platform);
    return {
      id,
      label: spec.label,
      ...(accelerator ? { accelerator } : {}),
      ...(spec.registerAccelerator === false ? { registerAccelerator: false } : {}),
      click: () => handlers.action(id),
    };
  };

  const recentItems: MenuItemConstructorOptions[] = context.recent.map((file, index) => ({
    id: `recent-${index}`,
    label: file.name,
    toolTip: file.path,
    click: () => handlers.openRecent(file.path),
  }));
  const openRecent: MenuItemConstructorOptions = {
    id: 'file-open-recent',
    label: 'Open Recent',
    submenu: [
      ...(recentItems.length > 0 ? recentItems : [{ label: 'No Recent Files', enabled: false }]),
      SEPARATOR,
      {
        id: 'file-clear-recent',
        label: 'Clear Recent',
        enabled: recentItems.length > 0,
        click: () => handlers.clearRecent(),
      },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('file-new'),
      item('file-open'),
      openRecent,
      SEPARATOR,
      item('file-save'),
      item('file-save-as'),
      SEPARATOR,
      item('export-png'),
      item('export-json'),
      item('export-report'),
      SEPARATOR,
      item('file-close'),
      ...(isMac ? [] : [SEPARATOR, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      item('edit-undo'),
      item('edit-redo'),
      SEPARATOR,
      item('edit-cut'),
      item('edit-copy'),
      item('edit-paste'),
      item('edit-delete'),
      SEPARATOR,
      item('edit-select-all'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      item('view-zoom-fit'),
      item('view-zoom-in'),
      item('view-zoom-out'),
      SEPARATOR,
      item('view-minimap'),
      item('view-failure-mode'),
      item('view-heat'),
      item('view-compare'),
      item('view-theme'),
      SEPARATOR,
      { role: 'togglefullscreen' },
      ...(context.developer
        ? [SEPARATOR, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [item('help-examples'), ...(isMac ? [] : [SEPARATOR, item('help-about')])],
  };
  if (!isMac) return [file, edit, view, help];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Strata',
    submenu: [
      item('help-about'),
      SEPARATOR,
      { role: 'services' },
      SEPARATOR,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      SEPARATOR,
      { role: 'quit' },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
