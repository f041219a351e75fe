// The desktop menu's items from the action manifest: Electron accelerators for its shortcuts, and
// whether each item is enabled and checked for the state the renderer last sent (validated here:
// the renderer is untrusted input).
import { ArgumentError } from './ipcArgs';
import { shortcutOf, type ActionSpec, type Platform } from '../shared/actions/manifest';
import { isLocale } from '../shared/i18n/locales';
import {
  CHECKED_RULES,
  EMPTY_ACTION_STATE,
  ENABLED_RULES,
  type MenuState,
} from '../shared/actions/rules';

export function platformOf(platform: NodeJS.Platform): Platform {
  return platform === 'darwin' ? 'mac' : 'other';
}

const ELECTRON_MODIFIERS: Readonly<Record<string, string>> = {
  Mod: 'CmdOrCtrl',
  Ctrl: 'Ctrl',
  Meta: 'Cmd',
  Alt: 'Alt',
  Shift: 'Shift',
};

/** `Mod+Shift+Z` → `CmdOrCtrl+Shift+Z`; `Shift+1`, `Delete`, `F` stay as they are. */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => ELECTRON_MODIFIERS[part] ?? part)
    .join('+');
}

/**
 * A shortcut without Ctrl, Cmd or Alt (`F`, `Shift+1`, `Delete`) is shown in the menu but left to
 * the page: registered, it would take the key from every text field.
 */
export function registersAccelerator(shortcut: string): boolean {
  return shortcut.split('+').some((part) => ['Mod', 'Ctrl', 'Meta', 'Alt'].includes(part));
}

export interface MenuItemKeys {
  readonly accelerator?: string;
  readonly registerAccelerator?: false;
}

export function menuItemKeys(spec: ActionSpec, platform: NodeJS.Platform): MenuItemKeys {
  const shortcut = shortcutOf(spec, platformOf(platform));
  if (shortcut === undefined) return {};
  return {
    accelerator: toAccelerator(shortcut),
    ...(registersAccelerator(shortcut) ? {} : { registerAccelerator: false as const }),
  };
}

export const NO_WINDOW_STATE: MenuState = {
  ...EMPTY_ACTION_STATE,
  textEditing: false,
  textSelected: false,
};

/**
 * Enabled by the action's rule; the editing items also while a text field has focus (Copy also
 * with selected text), because there they run natively (menuDispatch.ts).
 */
export function isMenuItemEnabled(spec: ActionSpec, state: MenuState): boolean {
  if (ENABLED_RULES[spec.enabled](state)) return true;
  if (spec.textEdit === undefined) return false;
  return state.textEditing || (spec.textEdit === 'copy' && state.textSelected);
}

export function isMenuItemChecked(spec: ActionSpec, state: MenuState): boolean | undefined {
  return spec.checked === undefined ? undefined : CHECKED_RULES[spec.checked](state);
}

const COUNTS = ['selectedNodes', 'selectedLinks', 'nodeCount'] as const;
const FLAGS = [
  'gestureActive',
  'canUndo',
  'canRedo',
  'hasClipboard',
  'failureMode',
  'heatView',
  'compare',
  'minimap',
  'longJob',
  'textEditing',
  'textSelected',
] as const;

/** The renderer's snapshot, re-validated: counts are whole numbers, flags are booleans. */
export function asMenuState(value: unknown): MenuState {
  if (typeof value !== 'object' || value === null)
    throw new ArgumentError('menu state must be an object');
  const record = value as Record<string, unknown>;
  const state: Record<string, number | boolean | string> = {};
  for (const key of COUNTS) {
    const count = record[key];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
      throw new ArgumentError(`menu state: ${key} must be a whole number`);
    state[key] = count;
  }
  for (const key of FLAGS) {
    if (typeof record[key] !== 'boolean')
      throw new ArgumentError(`menu state: ${key} must be true or false`);
    state[key] = record[key];
  }
  // The page's language (View ▸ Language), optional: the menu speaks it; anything else is ignored.
  if (isLocale(record['language'])) state['language'] = record['language'];
  return state as unknown as MenuState;
}

/** Two snapshots that enable and check the same items need no menu rebuild. */
export function menuStateKey(specs: readonly ActionSpec[], state: MenuState): string {
  return specs
    .map(
      (spec) =>
        `${isMenuItemEnabled(spec, state) ? 1 : 0}${isMenuItemChecked(spec, state) ? 1 : 0}`,
    )
    .join('');
}
