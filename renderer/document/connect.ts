/**
 * Connects a document's stores: a plan change prunes the selection, rebuilds the canvas elements
 * and refreshes the figures; a selection change updates the elements' flags; the failure and heat
 * views repaint when their target, the plan or the mode changes. Returns the disconnection.
 */
import { planTree } from '../../shared/edit/planTree';
import type { Plan } from '../../shared/model/plan';
import type { CanvasDocument } from '../canvas/canvasDocument';
import { sameStructure } from '../canvas/canvasStore';
import { failureOverlay, heatOverlay } from '../failure/overlay';
import { langOf } from '../../shared/i18n/lang';
import { DEFER_FROM_NODES } from '../store/afterPaint';
import { getPlan } from '../store/editorStores';
import { preparedFor } from '../store/prepared';
import { failureTarget, type UiState } from '../store/uiStore';

function pruneSelection(doc: CanvasDocument, cardsWait: boolean): void {
  const ui = doc.ui.getState();
  const none =
    ui.selection.length === 0 &&
    ui.selectedLinks.length === 0 &&
    ui.failurePinned === null &&
    ui.failureHover === null;
  if (none) return;
  const plan = getPlan(doc);
  // When the cards wait, the engine's index (the figures' next need) rather than the plan tree,
  // which is built later with the cards (see canvasMayWait).
  const ids = cardsWait ? doc.engine.indexFor(plan).indexOf : planTree(plan).byId;
  const selection = ui.selection.filter((id) => ids.has(id));
  const links = ui.selectedLinks.length > 0 ? new Set(plan.links.map((l) => l.id)) : null;
  const selectedLinks = links ? ui.selectedLinks.filter((id) => links.has(id)) : ui.selectedLinks;
  const pinned = ui.failurePinned !== null && ids.has(ui.failurePinned) ? ui.failurePinned : null;
  const hover = ui.failureHover !== null && ids.has(ui.failureHover) ? ui.failureHover : null;
  if (
    selection.length !== ui.selection.length ||
    selectedLinks.length !== ui.selectedLinks.length ||
    pinned !== ui.failurePinned ||
    hover !== ui.failureHover
  ) {
    doc.ui.setState({ selection, selectedLinks, failurePinned: pinned, failureHover: hover });
  }
}

export function refreshOverlay(doc: CanvasDocument): void {
  const plan = getPlan(doc);
  const ui = doc.ui.getState();
  const target = failureTarget(ui);
  const lang = langOf(ui.language);
  let overlay: UiState['overlay'] = null;
  if (target !== null) {
    const outcome = doc.engine.failureFor(plan, target);
    overlay = outcome ? failureOverlay(plan, doc.engine.indexFor(plan), outcome, lang) : null;
  } else if (ui.heatView) {
    overlay = heatOverlay(doc.engine.indexFor(plan), doc.engine.reportFor(plan), lang);
  }
  if (overlay !== ui.overlay) doc.ui.setState({ overlay });
}

/**
 * Opening a plan this large paints its cards before the engine's report is computed; an edit of
 * fields paints the new figures before the cards.
 */
const DEFER_FIGURES_FROM = DEFER_FROM_NODES;

/**
 * Whether the cards may follow an edit a little later: on a large plan, when only fields changed
 * (the tree and the layout stay as they were) or nodes only moved (as many nodes and links as
 * before: a drop on another parent, its undo). The figures are what the edit is for; rebuilding the
 * cards in the same task (the elements, React Flow's adoption of the new array, the cards' render
 * and the paint: 20–40 ms on 10,000 nodes after a field edit; after a move also the layout of the
 * whole plan and the routes of the links in view, 50–100 ms more) would hold back the frame that
 * shows them. The cards follow once that frame has painted (see CanvasModel.rebuildAfterPaint).
 * Adding or deleting nodes rebuilds the canvas at once.
 */
function canvasMayWait(before: Plan, after: Plan): boolean {
  return (
    after.nodes.length >= DEFER_FIGURES_FROM &&
    (sameStructure(before, after) ||
      (after.nodes.length === before.nodes.length && after.links.length === before.links.length))
  );
}

export function connectDocument(doc: CanvasDocument): () => void {
  const { canvas, figures } = doc;
  canvas.rebuild();
  figures.refresh(getPlan(doc));
  const offPlan = doc.plan.subscribe((state, previous) => {
    if (state.plan === previous.plan) return;
    const opened = state.savedPlan !== previous.savedPlan && state.plan === state.savedPlan;
    const cardsWait =
      !opened && preparedFor(state.plan) === null && canvasMayWait(previous.plan, state.plan);
    pruneSelection(doc, cardsWait);
    if (cardsWait) {
      figures.refresh(state.plan);
      canvas.rebuildAfterPaint();
    } else {
      canvas.rebuild();
      if (
        (opened && state.plan.nodes.length >= DEFER_FIGURES_FROM) ||
        preparedFor(state.plan) !== null
      )
        figures.refreshAfterPaint(() => getPlan(doc));
      else figures.refresh(state.plan);
    }
    refreshOverlay(doc);
  });
  const offLod = doc.lod.store.subscribe(() => canvas.rebuild());
  const offUi = doc.ui.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.selectedLinks !== previous.selectedLinks)
      canvas.syncSelectionFlags();
    if (
      state.gesture !== previous.gesture &&
      (state.gesture?.kind === 'node-drag' || previous.gesture?.kind === 'node-drag')
    )
      canvas.syncMovingLinks();
    if (state.gesture === null && previous.gesture !== null) doc.lod.refollowView();
    if (
      state.failureMode !== previous.failureMode ||
      state.failureHover !== previous.failureHover ||
      state.failurePinned !== previous.failurePinned ||
      state.heatView !== previous.heatView ||
      state.language !== previous.language
    ) {
      refreshOverlay(doc);
    }
  });
  return () => {
    offPlan();
    offLod();
    offUi();
  };
}
