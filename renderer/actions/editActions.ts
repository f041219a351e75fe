/** Edit menu: undo and redo, delete, cut, copy, paste, duplicate, select all. */
import { canPlace } from '../../shared/rules/placement';
import {
  copySubtrees,
  duplicateSubtrees,
  pasteSubtrees,
  type PasteTarget,
} from '../../shared/edit/clipboard';
import { deleteLinks, deleteSubtrees, type EditResult } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { planTree } from '../../shared/edit/planTree';
import { setSelection, showToast } from '../store/uiStore';
import type { Action, ActionDocument } from './types';

function deleteSelection(doc: ActionDocument): void {
  const ui = doc.ui.getState();
  let plan = getPlan(doc);
  let result: EditResult = { ok: true, plan, ids: [] };
  if (ui.selection.length > 0) result = deleteSubtrees(plan, ui.selection);
  if (result.ok && ui.selectedLinks.length > 0) {
    plan = result.plan;
    const links = new Set(plan.links.map((l) => l.id));
    const remaining = ui.selectedLinks.filter((id) => links.has(id));
    if (remaining.length > 0) result = deleteLinks(plan, remaining);
  }
  if (run(doc, result)) setSelection(doc, []);
}

function copySelection(doc: ActionDocument): boolean {
  const clip = copySubtrees(getPlan(doc), doc.ui.getState().selection);
  if (!clip) return false;
  doc.ui.setState({ clipboard: clip });
  showToast(
    doc,
    'info',
    `Copied ${clip.nodes.length === 1 ? '1 node' : `${clip.nodes.length} nodes`}`,
  );
  return true;
}

/** Into the one selected node when it takes every copied root, else beside the originals. */
function pasteTarget(doc: ActionDocument): PasteTarget {
  const ui = doc.ui.getState();
  const clip = ui.clipboard;
  const [only] = ui.selection;
  if (!clip || ui.selection.length !== 1 || only === undefined) return 'original';
  const plan = getPlan(doc);
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
    perform: ({ doc }) => doc.plan.temporal.getState().undo(),
  },
  {
    id: 'edit-redo',
    label: 'Redo',
    shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'],
    enabled: (s) => s.canRedo && !s.gestureActive,
    perform: ({ doc }) => doc.plan.temporal.getState().redo(),
  },
  {
    id: 'edit-delete',
    label: 'Delete',
    shortcuts: ['Delete', 'Backspace'],
    enabled: (s) => (s.selectedNodes > 0 || s.selectedLinks > 0) && !s.gestureActive,
    perform: ({ doc }) => deleteSelection(doc),
  },
  {
    id: 'edit-cut',
    label: 'Cut',
    shortcuts: ['Mod+X'],
    enabled: (s) => s.selectedNodes > 0 && !s.gestureActive,
    perform: ({ doc }) => {
      if (copySelection(doc)) deleteSelection(doc);
    },
  },
  {
    id: 'edit-copy',
    label: 'Copy',
    shortcuts: ['Mod+C'],
    enabled: (s) => s.selectedNodes > 0,
    perform: ({ doc }) => void copySelection(doc),
  },
  {
    id: 'edit-paste',
    label: 'Paste',
    shortcuts: ['Mod+V'],
    enabled: (s) => s.hasClipboard && !s.gestureActive,
    perform: ({ doc }) => {
      const clip = doc.ui.getState().clipboard;
      if (clip) run(doc, pasteSubtrees(getPlan(doc), clip, pasteTarget(doc)), { select: true });
    },
  },
  {
    id: 'edit-duplicate',
    label: 'Duplicate',
    shortcuts: ['Mod+D'],
    enabled: (s) => s.selectedNodes > 0 && !s.gestureActive,
    perform: ({ doc }) =>
      run(doc, duplicateSubtrees(getPlan(doc), doc.ui.getState().selection), { select: true }),
  },
  {
    id: 'edit-select-all',
    label: 'Select all',
    shortcuts: ['Mod+A'],
    enabled: (s) => s.nodeCount > 0 && !s.gestureActive,
    perform: ({ doc }) =>
      setSelection(
        doc,
        getPlan(doc).nodes.map((n) => n.id),
      ),
  },
];
