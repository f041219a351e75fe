// The application menu as a template (plain data, testable without Electron), built from the
// action manifest (shared/actions/manifest.ts): File, Edit, View, Plan, Help (and the app menu on
// macOS). Every action item carries its action id as its menu id, its label from the catalog of
// the app's language, its shortcut as accelerator, and is enabled and checked from the renderer's state.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuActionId, RecentFile } from '../shared/bridge';
import { ACTION_MANIFEST, type ActionSpec, type MenuName } from '../shared/actions/manifest';
import type { MenuState } from '../shared/actions/rules';
import { label } from '../shared/i18n/en';
import { ENGLISH, type Lang } from '../shared/i18n/lang';
import { isMenuItemChecked, isMenuItemEnabled, menuItemKeys, NO_WINDOW_STATE } from './menuState';

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
  /** The focused window's editor state; null when no window has reported one. */
  readonly state?: MenuState | null;
  /** The language of the labels (English when absent). */
  readonly lang?: Lang;
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

type MenuSpec = Extract<(typeof ACTION_MANIFEST)[number], { menu: object }>;
const MENU_SPECS: readonly MenuSpec[] = ACTION_MANIFEST.filter(
  (spec): spec is MenuSpec => 'menu' in spec,
);

/** The manifest's items of one menu, in order, a separator between groups. */
function section(
  menu: MenuName,
  item: (spec: MenuSpec) => MenuItemConstructorOptions,
  skip: (spec: MenuSpec) => boolean = () => false,
  after: Partial<Record<MenuActionId, MenuItemConstructorOptions>> = {},
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: number | null = null;
  for (const spec of MENU_SPECS) {
    if (spec.menu.menu !== menu || skip(spec)) continue;
    if (group !== null && spec.menu.group !== group) items.push(SEPARATOR);
    group = spec.menu.group;
    items.push(item(spec));
    const extra = after[spec.id];
    if (extra) items.push(extra);
  }
  return items;
}

export function buildMenuTemplate(
  context: MenuContext,
  handlers: MenuHandlers,
): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const state = context.state ?? NO_WINDOW_STATE;
  const lang = context.lang ?? ENGLISH;
  const item = (spec: ActionSpec & { id: MenuActionId }): MenuItemConstructorOptions => {
    const checked = isMenuItemChecked(spec, state);
    return {
      id: spec.id,
      label: label(spec.labelKey, lang),
      ...menuItemKeys(spec, context.platform),
      ...(checked === undefined ? {} : { type: 'checkbox' as const, checked }),
      enabled: isMenuItemEnabled(spec, state),
      click: () => handlers.action(spec.id),
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
    label: label('menu.openRecent', lang),
    submenu: [
      ...(recentItems.length > 0
        ? recentItems
        : [{ label: label('menu.noRecent', lang), enabled: false }]),
      SEPARATOR,
      {
        id: 'file-clear-recent',
        label: label('menu.clearRecent', lang),
        enabled: recentItems.length > 0,
        click: () => handlers.clearRecent(),
      },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: label('menu.file', lang),
    submenu: [
      ...section('file', item, undefined, { 'file-open': openRecent }),
      ...(isMac ? [] : [SEPARATOR, { role: 'quit', label: label('menu.quit', lang) } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: label('menu.edit', lang),
    submenu: section('edit', item),
  };
  const view: MenuItemConstructorOptions = {
    label: label('menu.view', lang),
    submenu: [
      ...section('view', item),
      SEPARATOR,
      { role: 'togglefullscreen' },
      ...(context.developer
        ? [SEPARATOR, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };
  const plan: MenuItemConstructorOptions = {
    label: label('menu.plan', lang),
    submenu: section('plan', item),
  };
  const about = MENU_SPECS.find((spec) => spec.id === 'help-about');
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: label('menu.help', lang),
    // On macOS About lives in the app menu.
    submenu: section('help', item, (spec) => isMac && spec.id === 'help-about'),
  };
  if (!isMac || !about) return [file, edit, view, plan, help];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Strata',
    submenu: [
      item(about),
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
  return [appMenu, file, edit, view, plan, { role: 'windowMenu' }, help];
}
