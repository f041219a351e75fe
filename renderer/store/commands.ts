/** Dispatch: runs a domain edit's result (shared/edit) against the stores — commit it (one undo step) or say why not. */
import { refusalText, resolveOverlaps, type EditResult } from '../../shared/edit';
import { getPlan, type EditorStores } from './editorStores';
import { commitPlan } from './planStore';
import { setSelection, showToast } from './uiStore';
import { uiLang } from './uiLang';

export interface RunOptions {
  /** Select the nodes the command made or moved. */
  readonly select?: boolean;
  /** Announce success in the status line. */
  readonly message?: string;
}

export function run(stores: EditorStores, result: EditResult, options: RunOptions = {}): boolean {
  if (!result.ok) {
    showToast(stores, 'refused', refusalText(result, uiLang(stores)));
    return false;
  }
  // Neighbours a card now overlaps move aside in the same undo step.
  commitPlan(stores.plan, resolveOverlaps(result.plan, result.ids, getPlan(stores)));
  if (options.select && result.ids.length > 0) setSelection(stores, result.ids);
  if (options.message) showToast(stores, 'info', options.message);
  return true;
}
