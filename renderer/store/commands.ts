/** Dispatch: runs a domain edit's result (shared/edit) against the stores — commit it (one undo step) or say why not. */
import { refusalText, type EditResult } from '../../shared/edit';
import { commitPlan } from './planStore';
import { setSelection, showToast } from './uiStore';

export interface RunOptions {
  /** Select the nodes the command made or moved. */
  readonly select?: boolean;
  /** Announce success in the status line. */
  readonly message?: string;
}

export function run(result: EditResult, options: RunOptions = {}): boolean {
  if (!result.ok) {
    showToast('refused', refusalText(result));
    return false;
  }
  commitPlan(result.plan);
  if (options.select && result.ids.length > 0) setSelection(result.ids);
  if (options.message) showToast('info', options.message);
  return true;
}
