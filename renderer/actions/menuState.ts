/**
 * Keeps the desktop menu in step with the editor: whenever the action state changes (selection,
 * history, modes, plan size) or the keyboard enters or leaves a text field, the snapshot goes to
 * main over the bridge (`setMenuState`), which enables and checks the menu's items from it.
 * Changes within one task are sent once; an unchanged snapshot is not sent again.
 */
import { NON_TEXT_INPUT_TYPES, type MenuState } from '../../shared/actions/rules';
import type { StrataBridge } from '../../shared/bridge';
import { usePlanStore } from '../store/planStore';
import { useUiStore } from '../store/uiStore';
import { actionState } from './actionState';

function isTextEntry(element: Element | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return !NON_TEXT_INPUT_TYPES.includes((element as HTMLInputElement).type);
}

export function menuState(doc: Document = document): MenuState {
  return {
    ...actionState(),
    textEditing: isTextEntry(doc.activeElement),
    textSelected: String(doc.getSelection?.() ?? '').length > 0,
  };
}

export function installMenuState(bridge: Pick<StrataBridge, 'setMenuState'>, doc: Document = document): () => void {
  let last = '';
  let queued = false;
  const send = (): void => {
    queued = false;
    const state = menuState(doc);
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
    usePlanStore.subscribe(schedule),
    usePlanStore.temporal.subscribe(schedule),
    useUiStore.subscribe(schedule),
  ];
  doc.addEventListener('focusin', schedule);
  doc.addEventListener('focusout', schedule);
  doc.addEventListener('selectionchange', schedule);
  send();
  return () => {
    off.forEach((stop) => stop());
    doc.removeEventListener('focusin', schedule);
    doc.removeEventListener('focusout', schedule);
    doc.removeEventListener('selectionchange', schedule);
  };
}
