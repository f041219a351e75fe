/**
 * The life of a node drag. Positions in flight stay in the canvas elements (never the document);
 * the drop commits one command, so a whole drag is one undo step. Escape cancels back to where the
 * drag started, and undo is refused while a drag is in flight.
 */
import type { Point } from '../../shared/model/nodes';
import { planTree } from '../../shared/edit/planTree';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { setDrop, showToast } from '../store/uiStore';
import { uiLang } from '../store/uiLang';
import { refusalText } from '../../shared/edit';
import { formatMessage } from '../../shared/i18n/message';
import type { CanvasDocument } from './canvasDocument';
import { commitDrag } from './dragCommit';
import { findDropTarget, type DropTarget } from './dropTarget';

export function beginNodeDrag(doc: CanvasDocument, ids: readonly string[]): void {
  doc.ui.setState({ gesture: { kind: 'node-drag', ids, cancelled: false }, drop: null });
}

function activeDrag(doc: CanvasDocument): { ids: readonly string[] } | null {
  const gesture = doc.ui.getState().gesture;
  return gesture?.kind === 'node-drag' && !gesture.cancelled ? gesture : null;
}

/** Where the grabbed node would land if dropped with the pointer at `point` (canvas coordinates). */
export function dragTarget(
  doc: CanvasDocument,
  grabbedId: string,
  point: Point,
): DropTarget | null {
  const plan = getPlan(doc);
  const node = planTree(plan).byId.get(grabbedId);
  if (!node) return null;
  return findDropTarget(plan, doc.canvas.layoutFor(plan), point, node.kind, grabbedId);
}

/** Pointer moved during a drag: outline the target and say what a drop would do. */
export function hoverNodeDrag(
  doc: CanvasDocument,
  grabbedId: string,
  point: Point,
  client: Point,
): void {
  if (!activeDrag(doc)) return;
  const target = dragTarget(doc, grabbedId, point);
  const node = planTree(getPlan(doc)).byId.get(grabbedId);
  if (!target || !node) return;
  // Hovering the node's own parent (or the canvas, for a top-level node) is no change: no outline.
  const unchanged = target.ok && target.parentId === node.parentId;
  setDrop(
    doc,
    unchanged
      ? null
      : {
          targetId: target.outlineId,
          ok: target.ok,
          message: formatMessage(uiLang(doc), target.text),
        },
    client,
  );
}

/**
 * The drop: commit the move (or refuse it and say why), end the gesture, and put every node back
 * where the plan says it is.
 */
export function endNodeDrag(
  doc: CanvasDocument,
  grabbedId: string,
  draggedIds: readonly string[],
  point: Point,
  finalPositions: ReadonlyMap<string, Point>,
): void {
  const drag = activeDrag(doc);
  doc.ui.setState({ gesture: null, drop: null });
  if (drag) {
    const target = dragTarget(doc, grabbedId, point);
    if (target) {
      const result = commitDrag(getPlan(doc), grabbedId, draggedIds, target, finalPositions);
      if (result.ok) run(doc, result);
      else showToast(doc, 'refused', refusalText(result, uiLang(doc)));
    }
  }
  // A move on a large plan shows its figures first and the cards after that paint (connect.ts).
  if (!doc.canvas.rebuildPending()) doc.canvas.rebuild();
}

/** Escape: the drag's frames are ignored from now on and the nodes return to their places. */
export function cancelNodeDrag(doc: CanvasDocument): boolean {
  const gesture = doc.ui.getState().gesture;
  if (gesture?.kind !== 'node-drag' || gesture.cancelled) return false;
  doc.ui.setState({ gesture: { ...gesture, cancelled: true }, drop: null });
  doc.canvas.rebuild();
  return true;
}
