/**
 * Dragging a palette item onto the canvas with pointer events: past a few pixels the drag starts,
 * the target under the pointer is outlined (accepting or refusing, with the reason beside the
 * pointer), and the drop adds the node through the addNode command, or says why it cannot.
 */
import type { Point } from '../../shared/model/nodes';
import type { CanvasDocument } from '../canvas/canvasDocument';
import { findDropTarget, type DropTarget } from '../canvas/dropTarget';
import { addNode, addVmWithHost, needsHost } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { setDrop, setSelection, showToast } from '../store/uiStore';
import { uiLang } from '../store/uiLang';
import { formatMessage } from '../../shared/i18n/message';
import type { PalettePreset } from './presets';

/** How far the pointer moves before a press becomes a drag. */
const DRAG_THRESHOLD = 4;
/** Where a dropped card's corner lands relative to the pointer, so the card sits under it. */
const GRAB_OFFSET: Point = { x: 24, y: 18 };

export interface PaletteDragDeps {
  /** Client point → canvas point, or null when the point is not over the canvas. */
  readonly toCanvas: (client: Point) => Point | null;
  readonly onGhost: (ghost: { preset: PalettePreset; x: number; y: number } | null) => void;
}

function target(doc: CanvasDocument, preset: PalettePreset, at: Point): DropTarget {
  const plan = getPlan(doc);
  return findDropTarget(plan, doc.canvas.layoutFor(plan), at, preset.kind);
}

/**
 * A VM where no hypervisor exists: the refusal says why, and offers to make a server with a
 * hypervisor there for it (one undo step); the VM ends selected.
 */
function offerHost(doc: CanvasDocument, preset: PalettePreset, at: Point, reason: string): void {
  const lang = uiLang(doc);
  showToast(doc, 'refused', `${reason} ${lang.t('ui.offer.noHypervisor')}`, {
    label: lang.t('ui.offer.createHost'),
    perform: () => {
      // The plan as it is when the offer is taken, and the server placed as a dropped server is.
      const host = target(doc, { ...preset, kind: 'server' }, at);
      const parentId = host.ok ? host.parentId : null;
      const position = parentId === null ? { x: at.x - GRAB_OFFSET.x, y: at.y - GRAB_OFFSET.y } : undefined;
      const result = addVmWithHost(getPlan(doc), preset, parentId, position);
      if (run(doc, result) && result.ok) setSelection(doc, result.ids.slice(0, 1));
    },
  });
}

/** Adds the preset at a canvas point (the drop), or says why not. */
export function dropPreset(doc: CanvasDocument, preset: PalettePreset, at: Point): boolean {
  const t = target(doc, preset, at);
  if (!t.ok) {
    const reason = formatMessage(uiLang(doc), t.text);
    if (needsHost(getPlan(doc), preset.kind)) offerHost(doc, preset, at, reason);
    else showToast(doc, 'refused', reason);
    return false;
  }
  const position =
    t.parentId === null ? { x: at.x - GRAB_OFFSET.x, y: at.y - GRAB_OFFSET.y } : undefined;
  return run(doc, addNode(getPlan(doc), preset, t.parentId, position), { select: true });
}

/** Starts tracking a press on a palette item; returns nothing, cleans up after itself. */
export function startPaletteDrag(
  doc: CanvasDocument,
  preset: PalettePreset,
  start: PointerEvent | { clientX: number; clientY: number },
  deps: PaletteDragDeps,
): void {
  let dragging = false;
  const origin = { x: start.clientX, y: start.clientY };

  const finish = (): void => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('keydown', onKey, true);
    deps.onGhost(null);
    if (dragging) doc.ui.setState({ gesture: null, drop: null });
  };
  const onMove = (e: PointerEvent): void => {
    const client = { x: e.clientX, y: e.clientY };
    if (!dragging) {
      if (Math.hypot(client.x - origin.x, client.y - origin.y) < DRAG_THRESHOLD) return;
      dragging = true;
      doc.ui.setState({ gesture: { kind: 'palette-drag', spec: preset, label: preset.label } });
    }
    deps.onGhost({ preset, x: client.x, y: client.y });
    const at = deps.toCanvas(client);
    if (!at) {
      setDrop(doc, null);
      return;
    }
    const t = target(doc, preset, at);
    setDrop(doc, { targetId: t.outlineId, ok: t.ok, message: formatMessage(uiLang(doc), t.text) }, client);
  };
  const onUp = (e: PointerEvent): void => {
    const wasDragging = dragging;
    finish();
    if (!wasDragging) return;
    const at = deps.toCanvas({ x: e.clientX, y: e.clientY });
    if (at) dropPreset(doc, preset, at);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    finish();
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('keydown', onKey, true);
}

/** A click (no drag): add into the selected node if it takes the kind, else onto the canvas. */
export function addPresetToSelection(
  doc: CanvasDocument,
  preset: PalettePreset,
  canvasCentre: Point,
): void {
  const plan = getPlan(doc);
  const [only] = doc.ui.getState().selection;
  if (only !== undefined) {
    const result = addNode(plan, preset, only);
    if (result.ok) {
      run(doc, result, { select: true });
      return;
    }
  }
  dropPreset(doc, preset, canvasCentre);
}
