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
import { uiLang } from '../store/uiLang';
import { counted } from '../../shared/format/counted';
import { formatMessage } from '../../shared/i18n/message';
import type { DocumentStep } from '../store/documentHistory';
import { bindAction } from './bindAction';
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
  const lang = uiLang(doc);
  showToast(doc, 'info', lang.t('ui.toast.copied', { nodes: counted(lang, 'node', clip.nodes.length) }));
  return true;
}

/** `Undone: Delete scenario “To be”`, in the editor's language. */
function stepText(doc: ActionDocument, key: 'ui.toast.undone' | 'ui.toast.redone', step: DocumentStep): string {
  const lang = uiLang(doc);
  return lang.t(key, { step: formatMessage(lang, step.label) });
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
  bindAction('edit-undo', ({ doc }) => {
    const step = doc.history.undo();
    if (step) showToast(doc, 'info', stepText(doc, 'ui.toast.undone', step));
  }),
  bindAction('edit-redo', ({ doc }) => {
    const step = doc.history.redo();
    if (step) showToast(doc, 'info', stepText(doc, 'ui.toast.redone', step));
  }),
  bindAction('edit-delete', ({ doc }) => deleteSelection(doc)),
  bindAction('edit-cut', ({ doc }) => {
    if (copySelection(doc)) deleteSelection(doc);
  }),
  bindAction('edit-copy', ({ doc }) => void copySelection(doc)),
  bindAction('edit-paste', ({ doc }) => {
    const clip = doc.ui.getState().clipboard;
    if (clip) run(doc, pasteSubtrees(getPlan(doc), clip, pasteTarget(doc)), { select: true });
  }),
  bindAction('edit-duplicate', ({ doc }) =>
    run(doc, duplicateSubtrees(getPlan(doc), doc.ui.getState().selection), { select: true }),
  ),
  bindAction('edit-select-all', ({ doc }) =>
    setSelection(
      doc,
      getPlan(doc).nodes.map((n) => n.id),
    ),
  ),
];
