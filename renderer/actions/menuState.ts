/**
 * Keeps the desktop menu in step with the editor: whenever the action state changes (selection,
 * history, modes, plan size) or the keyboard enters or leaves a text field, the snapshot goes to
 * main over the bridge (`setMenuState`), which enables and checks the menu's items from it.
 * Changes within one task are sent once; an unchanged snapshot is not sent again.
 */
import { NON_TEXT_INPUT_TYPES, type MenuState } from '../../shared/actions/rules';
import type { StrataBridge } from '../../shared/bridge';
import type { EditorStores } from '../store/editorStores';
import { actionState } from './actionState';

function isTextEntry(element: Element | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return !NON_TEXT_INPUT_TYPES.includes((element as HTMLInputElement).type);
}

export function menuState(stores: EditorStores, page: Document = document): MenuState {
  return {
    ...actionState(stores),
    textEditing: isTextEntry(page.activeElement),
    textSelected: String(page.getSelection?.() ?? '').length > 0,
  };
}

/** For the window's document: its stores, and the page the keyboard is in. */
export function installMenuState(
  stores: EditorStores,
  bridge: Pick<StrataBridge, 'setMenuState'>,
  page: Document = document,
): () => void {
  let last = '';
  let queued = false;
  const send = (): void => {
    queued = false;
    const state = menuState(stores, page);
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    bridge.setMenuState(state).catch((error: unknown) => console.error('Strata desktop bridge:', error));
  };
  const schedule = (): void => {
    if (queued) return;
    queued = true;
    queueMicrotask(send);
  };
  const off = [
    stores.plan.subscribe(schedule),
    stores.plan.temporal.subscribe(schedule),
    stores.history.store.subscribe(schedule),
    stores.ui.subscribe(schedule),
  ];
  page.addEventListener('focusin', schedule);
  page.addEventListener('focusout', schedule);
  page.addEventListener('selectionchange', schedule);
  send();
  return () => {
    off.forEach((stop) => stop());
    page.removeEventListener('focusin', schedule);
    page.removeEventListener('focusout', schedule);
    page.removeEventListener('selectionchange', schedule);
  };
}
