// What a menu click does. Editing commands act natively on a focused text field (or, for Copy,
// on selected text) so typing in the inspector keeps working; everything else, and editing on
// the canvas, goes to the renderer's action of the same id. Close closes the window (which asks
// about unsaved changes).
import { actionSpec, type TextEditCommand } from '../shared/actions/manifest';
import { NON_TEXT_INPUT_TYPES } from '../shared/actions/rules';
import type { MenuActionId } from '../shared/bridge';

export interface TextFocus {
  /** An input, a textarea or a content-editable element has focus. */
  readonly editable: boolean;
  /** The page has a non-empty text selection. */
  readonly hasSelection: boolean;
}

export interface MenuTarget {
  textFocus(): Promise<TextFocus>;
  nativeEdit(command: TextEditCommand): void;
  sendAction(id: MenuActionId): void;
  closeWindow(): void;
}

function textEditCommand(id: MenuActionId): TextEditCommand | null {
  return actionSpec(id)?.textEdit ?? null;
}

export async function dispatchMenuAction(id: MenuActionId, target: MenuTarget): Promise<void> {
  if (id === 'file-close') {
    target.closeWindow();
    return;
  }
  const command = textEditCommand(id);
  if (command) {
    const focus = await target.textFocus().catch(() => ({ editable: false, hasSelection: false }));
    if (focus.editable || (command === 'copy' && focus.hasSelection)) {
      target.nativeEdit(command);
      return;
    }
  }
  target.sendAction(id);
}

/** Runs in the page (main world) to tell whether text editing has focus; returns TextFocus. */
export const TEXT_FOCUS_PROBE = `(() => {
  const el = document.activeElement;
  const selection = String(window.getSelection?.() ?? '');
  let editable = false;
  if (el) {
    if (el.isContentEditable || el.tagName === 'TEXTAREA') editable = !el.readOnly;
    else if (el.tagName === 'INPUT') {
      const nonText = ${JSON.stringify(NON_TEXT_INPUT_TYPES)};
      editable = !nonText.includes(el.type) && !el.readOnly;
    }
  }
  return { editable, hasSelection: selection.length > 0 };
})()`;

export function asTextFocus(value: unknown): TextFocus {
  if (typeof value !== 'object' || value === null) return { editable: false, hasSelection: false };
  const record = value as Record<string, unknown>;
  return { editable: record.editable === true, hasSelection: record.hasSelection === true };
}
