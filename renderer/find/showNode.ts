/** What choosing a found node does: selects it and shows the node itself, readable. */
import type { CanvasDocument } from '../canvas/canvasDocument';
import { setSelection } from '../store/uiStore';

export function showNode(doc: CanvasDocument, id: string): void {
  // Cards collapsed by hand open up to it; a zoom this close shows every card at full detail.
  doc.lod.expandTo(id);
  setSelection(doc, [id]);
  doc.viewport.focusNode(id);
}
