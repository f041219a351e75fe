/** Keyboard shortcuts: the manifest's keys of the registered actions, dispatched by id. */
import type { Platform } from '../../shared/actions/manifest';
import { shortcutText } from '../../shared/actions/shortcutText';
import { cancelNodeDrag } from '../canvas/nodeDrag';
import { setSelection } from '../store/uiStore';
import { currentPlatform, keysOf } from './bindAction';
import { allActions, performAction } from './registry';
import type { ActionDocument } from './types';
import { setFailureMode } from './viewActions';

export interface KeyLike {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** A shortcut as the planner reads it: "Mod+S" is "⌘S" on a Mac and "Ctrl+S" elsewhere. */
export function shortcutLabel(shortcut: string | undefined, platform: Platform = currentPlatform()): string {
  return shortcutText(shortcut, platform);
}

/** Does `shortcut` ("Mod+Shift+Z", "Shift+1", "Delete") describe this key press? */
export function matchesShortcut(shortcut: string, e: KeyLike, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  const wantCtrl = mods.has('Ctrl') || (mods.has('Mod') && !isMac);
  const wantMeta = mods.has('Meta') || (mods.has('Mod') && isMac);
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== mods.has('Alt'))
    return false;
  if (key === 'Plus') return e.key === '+';
  // Shift or not is the layout's business: `?` is Shift+/ on some keyboards and a key on others.
  if (key === '?') return e.key === '?';
  if (e.shiftKey !== mods.has('Shift')) return false;
  if (/^[0-9]$/.test(key)) return e.code === `Digit${key}`;
  return e.key.length === 1 ? e.key.toLowerCase() === key.toLowerCase() : e.key === key;
}

/** The id of the first action with a shortcut matching the key press. */
export function actionForKey(e: KeyLike, isMac: boolean): string | null {
  const platform = isMac ? 'mac' : 'other';
  for (const action of allActions()) {
    if (keysOf(action.id, platform).some((s) => matchesShortcut(s, e, isMac))) return action.id;
  }
  return null;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Escape: cancel a drag, else leave failure mode, else clear the selection. */
export function escape(doc: ActionDocument): void {
  if (cancelNodeDrag(doc)) return;
  const ui = doc.ui.getState();
  if (ui.gesture !== null) return;
  if (ui.failureMode) setFailureMode(doc, false);
  else setSelection(doc, []);
}

/** The shortcuts of the document shown in `target`. */
export function installKeyboard(doc: ActionDocument, target: Window = window): () => void {
  const isMac = currentPlatform() === 'mac';
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      if (isTextEntry(e.target)) return;
      escape(doc);
      return;
    }
    if (isTextEntry(e.target) || (e.repeat && e.key.length === 1)) return;
    const id = actionForKey(e, isMac);
    if (id === null) return;
    e.preventDefault();
    performAction(id, { source: 'keyboard', doc });
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
