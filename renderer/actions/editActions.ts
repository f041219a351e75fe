/** Edit menu: undo and redo, delete, cut, copy, paste, duplicate, select all. */
import { canPlace } from '../../shared/rules/placement';
import { copySubtrees, duplicateSubtrees, pasteSubtrees, type PasteTarget } from '../store/clipboard';
import { deleteLinks, deleteSubtrees, type CommandResult } from '../store/commands';
import { run } from '../store/dispatch';
import { getPlan, usePlanStore } from '../store/planStore';
import { planTree } from '../store/planTree';
import { setSelection, showToast, useUiStore } from '../store/uiStore';
import { bindAction } from './bindAction';
import type { Action } from './types';

function deleteSelection(): void {
  const ui = useUiStore.getState();
  let plan = getPlan();
  let result: CommandResult = { ok: true, plan, ids: [] };
  if (ui.selection.length > 0) result = deleteSubtrees(plan, ui.selection);
  if (result.ok && ui.selectedLinks.length > 0) {
    plan = result.plan;
    const links = new Set(plan.links.map((l) => l.id));
    const remaining = ui.selectedLinks.filter((id) => links.has(id));
    if (remaining.length > 0) result = deleteLinks(plan, remaining);
  }
  if (run(result)) setSelection([]);
}

function copySelection(): boolean {
  const clip = copySubtrees(getPlan(), useUiStore.getState().selection);
  if (!clip) return false;
  useUiStore.setState({ clipboard: clip });
  showToast('info', `Copied ${clip.nodes.length === 1 ? '1 node' : `${clip.nodes.length} nodes`}`);
  return true;
}

/** Into the one selected node when it takes every copied root, else beside the originals. */
function pasteTarget(): PasteTarget {
  const ui = useUiStore.getState();
  const clip = ui.clipboard;
  const [only] = ui.selection;
  if (!clip || ui.selection.length !== 1 || only === undefined) return 'original';
  const plan = getPlan();
  const tree = planTree(plan);
  const roots = clip.nodes.filter((n) => clip.rootIds.includes(n.id));
  return roots.every((n) => canPlace(tree, n.kind, only).ok) ? { parentId: only } : 'original';
}

export const EDIT_ACTIONS: readonly Action[] = [
  bindAction('edit-undo', () => usePlanStore.temporal.getState().undo()),
  bindAction('edit-redo', () => usePlanStore.temporal.getState().redo()),
  bindAction('edit-delete', deleteSelection),
  bindAction('edit-cut', () => {
    if (copySelection()) deleteSelection();
  }),
  bindAction('edit-copy', () => void copySelection()),
  bindAction('edit-paste', () => {
    const clip = useUiStore.getState().clipboard;
    if (clip) run(pasteSubtrees(getPlan(), clip, pasteTarget()), { select: true });
  }),
  bindAction('edit-duplicate', () =>
    run(duplicateSubtrees(getPlan(), useUiStore.getState().selection), { select: true }),
  ),
  bindAction('edit-select-all', () => setSelection(getPlan().nodes.map((n) => n.id))),
];
