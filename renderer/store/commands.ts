/** Dispatch: runs a domain edit's result (shared/edit) against the stores — commit it (one undo step) or say why not. */
import { refusalText, type EditResult } from '../../shared/edit';
import type { EditorStores } from './editorStores';
import { commitPlan } from './planStore';
import { setSelection, showToast } from './uiStore';

export interface RunOptions {
  /** Select the nodes the command made or moved. */
  readonly select?: boolean;
  /** Announce success in the status line. */
  readonly message?: string;
}

export function run(stores: EditorStores, result: EditResult, options: RunOptions = {}): boolean {
  if (!result.ok) {
    showToast(stores, 'refused', refusalText(result));
    return false;
  }
  commitPlan(stores.plan, result.plan);
  if (options.select && result.ids.length > 0) setSelection(stores, result.ids);
  if (options.message) showToast(stores, 'info', options.message);
  return true;
}
