/**
 * The one adapter between React Flow and the model. React Flow proposes changes; here they become
 * UI updates (in-flight positions, measured sizes, selection) or domain commands (removal). The
 * document changes only through commands, so a drag's frames never reach the undo history.
 */
import {
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { deleteLinks, deleteSubtrees } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import type { CanvasDocument } from './canvasDocument';
import type { CardNode, LinkEdge } from './flowElements';

export interface SortedChanges<C> {
  /** Changes applied to the elements as they are (positions in flight, sizes, selection flags). */
  readonly apply: C[];
  /** The new selection, when a change selected or deselected something. */
  readonly selection: string[] | null;
  /** Elements React Flow asks to remove: they go through the delete command. */
  readonly remove: string[];
}

type SelectOrRemove =
  { type: 'select'; id: string; selected: boolean } | { type: 'remove'; id: string };

function sort<C extends { type: string }>(
  changes: readonly C[],
  selection: readonly string[],
  keep: (change: C) => boolean,
): SortedChanges<C> {
  const apply: C[] = [];
  const remove: string[] = [];
  let selected: Set<string> | null = null;
  for (const change of changes) {
    const c = change as unknown as SelectOrRemove;
    if (c.type === 'remove') {
      remove.push(c.id);
    } else if (c.type === 'select') {
      selected ??= new Set(selection);
      if (c.selected) selected.add(c.id);
      else selected.delete(c.id);
      apply.push(change);
    } else if (keep(change)) {
      apply.push(change);
    }
  }
  return { apply, selection: selected ? [...selected] : null, remove };
}

/** Sorts node changes; position changes are dropped once a drag has been cancelled (Escape). */
export function sortNodeChanges(
  changes: readonly NodeChange<CardNode>[],
  selection: readonly string[],
  dragCancelled: boolean,
): SortedChanges<NodeChange<CardNode>> {
  return sort(
    changes,
    selection,
    (c) => c.type === 'dimensions' || (c.type === 'position' && !dragCancelled),
  );
}

export function sortEdgeChanges(
  changes: readonly EdgeChange<LinkEdge>[],
  selection: readonly string[],
): SortedChanges<EdgeChange<LinkEdge>> {
  return sort(changes, selection, () => false);
}

export function onNodesChange(doc: CanvasDocument, changes: NodeChange<CardNode>[]): void {
  const ui = doc.ui.getState();
  const cancelled = ui.gesture?.kind === 'node-drag' && ui.gesture.cancelled;
  const sorted = sortNodeChanges(changes, ui.selection, cancelled);
  if (sorted.apply.length > 0) {
    doc.canvas.store.setState((s) => ({ nodes: applyNodeChanges(sorted.apply, s.nodes) }));
  }
  if (sorted.selection) doc.ui.setState({ selection: sorted.selection });
  if (sorted.remove.length > 0) run(doc, deleteSubtrees(getPlan(doc), sorted.remove));
}

export function onEdgesChange(doc: CanvasDocument, changes: EdgeChange<LinkEdge>[]): void {
  const ui = doc.ui.getState();
  const sorted = sortEdgeChanges(changes, ui.selectedLinks);
  if (sorted.apply.length > 0) {
    doc.canvas.store.setState((s) => ({ edges: applyEdgeChanges(sorted.apply, s.edges) }));
  }
  if (sorted.selection) doc.ui.setState({ selectedLinks: sorted.selection });
  if (sorted.remove.length > 0) run(doc, deleteLinks(getPlan(doc), sorted.remove));
}
