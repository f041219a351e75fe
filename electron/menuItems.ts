// Label and accelerator of every menu action. The ids are the renderer's action ids.
import type { MenuActionId } from '../shared/bridge';

export interface MenuItemSpec {
  readonly label: string;
  /** Electron accelerator syntax; a platform-specific one where the conventions differ. */
  readonly accelerator?: string | { readonly mac: string; readonly other: string };
  /**
   * False: the accelerator is shown but the key goes to the page (Delete must keep working
   * in text fields; the renderer's keyboard handler deletes nodes).
   */
  readonly registerAccelerator?: boolean;
}

export const MENU_ITEMS: { readonly [K in MenuActionId]: MenuItemSpec } = {
  'file-new': { label: 'New', accelerator: 'CmdOrCtrl+N' },
  'file-open': { label: 'Open…', accelerator: 'CmdOrCtrl+O' },
  'file-save': { label: 'Save', accelerator: 'CmdOrCtrl+S' },
  'file-save-as': { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S' },
  'export-png': { label: 'Export PNG…', accelerator: 'CmdOrCtrl+Shift+E' },
  'export-json': { label: 'Export JSON…' },
  'export-report': { label: 'Export report…' },
  'file-close': { label: 'Close', accelerator: 'CmdOrCtrl+W' },
  'edit-undo': { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  'edit-redo': { label: 'Redo', accelerator: { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' } },
  'edit-cut': { label: 'Cut', accelerator: 'CmdOrCtrl+X' },
  'edit-copy': { label: 'Copy', accelerator: 'CmdOrCtrl+C' },
  'edit-paste': { label: 'Paste', accelerator: 'CmdOrCtrl+V' },
  'edit-delete': {
    label: 'Delete',
    accelerator: { mac: 'Backspace', other: 'Delete' },
    registerAccelerator: false,
  },
  'edit-select-all': { label: 'Select All', accelerator: 'CmdOrCtrl+A' },
  'view-zoom-fit': { label: 'Zoom to Fit', accelerator: 'CmdOrCtrl+0' },
  'view-zoom-in': { label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
  'view-zoom-out': { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
  'view-minimap': { label: 'Minimap', accelerator: 'CmdOrCtrl+Shift+M' },
  'view-failure-mode': { label: 'Failure Mode', accelerator: 'CmdOrCtrl+Shift+F' },
  'view-heat': { label: 'Heat View', accelerator: 'CmdOrCtrl+Shift+H' },
  'view-compare': { label: 'Compare Scenarios' },
  'view-theme': { label: 'Toggle Theme', accelerator: 'CmdOrCtrl+Shift+L' },
  'help-examples': { label: 'Examples' },
  'help-about': { label: 'About Strata' },
};

/** The editing actions that act on a focused text field natively instead of on the canvas. */
export const TEXT_EDIT_COMMANDS = {
  'edit-undo': 'undo',
  'edit-redo': 'redo',
  'edit-cut': 'cut',
  'edit-copy': 'copy',
  'edit-paste': 'paste',
  'edit-delete': 'delete',
  'edit-select-all': 'selectAll',
} as const satisfies Partial<Record<MenuActionId, string>>;

export type TextEditCommand = (typeof TEXT_EDIT_COMMANDS)[keyof typeof TEXT_EDIT_COMMANDS];

export function acceleratorFor(id: MenuActionId, platform: NodeJS.Platform): string | undefined {
  const accelerator = MENU_ITEMS[id].accelerator;
  if (accelerator === undefined || typeof accelerator === 'string') return accelerator;
  return platform === 'darwin' ? accelerator.mac : accelerator.other;
}
