// A shortcut as people read it, from the manifest's notation ("Mod+Shift+S", "Delete",
// "Shift+ArrowLeft"): Ctrl+Shift+S, Del, Shift+← elsewhere; ⇧⌘S, ⌫, ⇧← on macOS, where the
// symbols follow Apple's order (⌃⌥⇧⌘) without separators. Menus, tooltips and the shortcut sheet
// all spell keys through here.
import type { Platform } from './manifest';

const MAC_MODIFIERS: Readonly<Record<string, string>> = {
  Ctrl: '⌃',
  Alt: '⌥',
  Shift: '⇧',
  Mod: '⌘',
  Meta: '⌘',
};

const OTHER_MODIFIERS: Readonly<Record<string, string>> = {
  Ctrl: 'Ctrl',
  Alt: 'Alt',
  Shift: 'Shift',
  Mod: 'Ctrl',
  Meta: 'Win',
};

const MAC_ORDER = ['Ctrl', 'Alt', 'Shift', 'Mod', 'Meta'];

const KEY_NAMES: Readonly<Record<string, { readonly mac: string; readonly other: string }>> = {
  Delete: { mac: '⌦', other: 'Del' },
  Backspace: { mac: '⌫', other: 'Backspace' },
  ArrowLeft: { mac: '←', other: '←' },
  ArrowRight: { mac: '→', other: '→' },
  ArrowUp: { mac: '↑', other: '↑' },
  ArrowDown: { mac: '↓', other: '↓' },
  Escape: { mac: 'Esc', other: 'Esc' },
  Enter: { mac: '↩', other: 'Enter' },
  Plus: { mac: '+', other: '+' },
};

/** "Mod+Shift+S" → "Ctrl+Shift+S" (other) or "⇧⌘S" (mac); "" for no shortcut. */
export function shortcutText(shortcut: string | undefined, platform: Platform): string {
  if (!shortcut) return '';
  const parts = shortcut.split('+');
  const main = parts.pop() ?? '';
  const key = KEY_NAMES[main]?.[platform] ?? main;
  if (platform === 'mac') {
    const mods = [...parts].sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
    return mods.map((m) => MAC_MODIFIERS[m] ?? m).join('') + key;
  }
  return [...parts.map((m) => OTHER_MODIFIERS[m] ?? m), key].join('+');
}

/** A tooltip: the label, then the shortcut in brackets ("Delete (Del)", "Undo (⌘Z)"). */
export function withShortcut(text: string, shortcut: string | undefined, platform: Platform): string {
  const keys = shortcutText(shortcut, platform);
  return keys ? `${text} (${keys})` : text;
}
