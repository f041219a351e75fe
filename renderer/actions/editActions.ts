/** Edit menu: undo and redo, delete, cut, copy, paste, duplicate, select all. */
import { canPlace } from '../../shared/rules/placement';
import { copySubtrees, duplicateSubtrees, pasteSubtrees, type PasteTarget } from '../../shared/edit/clipboard';
import { deleteLinks, deleteSubtrees, type EditResult } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan, usePlanStore } from '../store/planStore';
import { planTree } from '../../shared/edit/planTree';
import { setSelection, showToast, useUiStore } from '../store/uiStore';
import type { Action } from './types';

function deleteSelection(): void {
  const ui = useUiStore.getState();
  let plan = getPlan();
  let result: EditResult = { ok: true, plan, ids: [] };
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
  {
    id: 'edit-undo',
    label: 'Undo',
    shortcuts: ['Mod+Z'],
    enabled: (s) => s.canUndo && !s.gestureActive,
    perform: () => usePlanStore.temporal.getState().undo(),
  },
  {
    id: 'edit-redo',
    label: 'Redo',
    shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'],
    enabled: (s) => s.canRedo && !s.gestureActive,
    perform: () => usePlanStore.temporal.getState().redo(),
  },
  {
    id: 'edit-delete',
    label: 'Delete',
    shortcuts: ['Delete', 'Backspace'],
    enabled: (s) => (s.selectedNodes > 0 || s.selectedLinks > 0) && !s.gestureActive,
    perform: deleteSelection,
  },
  {
    id: 'edit-cut',
    label: 'Cut',
    shortcuts: ['Mod+X'],
    enabled: (s) => s.selectedNodes > 0 && !s.gestureActive,
    perform: () => {
      if (copySelection()) deleteSelection();
    },
  },
  {
    id: 'edit-copy',
    label: 'Copy',
    shortcuts: ['Mod+C'],
    enabled: (s) => s.selectedNodes > 0,
    perform: () => void copySelection(),
  },
  {
    id: 'edit-paste',
    label: 'Paste',
    shortcuts: ['Mod+V'],
    enabled: (s) => s.hasClipboard && !s.gestureActive,
    perform: () => {
      const clip = useUiStore.getState().clipboard;
      if (clip) run(pasteSubtrees(getPlan(), clip, pasteTarget()), { select: true });
    },
  },
  {
    id: 'edit-duplicate',
    label: 'Duplicate',
    shortcuts: ['Mod+D'],
    enabled: (s) => s.selectedNodes > 0 && !s.gestureActive,
    perform: () => run(duplicateSubtrees(getPlan(), useUiStore.getState().selection), { select: true }),
  },
  {
    id: 'edit-select-all',
    label: 'Select all',
    shortcuts: ['Mod+A'],
    enabled: (s) => s.nodeCount > 0 && !s.gestureActive,
    perform: () => setSelection(getPlan().nodes.map((n) => n.id)),
  },
];
