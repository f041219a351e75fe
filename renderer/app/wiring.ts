/**
 * Connects the stores once at start: a plan change prunes the selection, rebuilds the canvas
 * elements and refreshes the figures; a selection change updates the elements' flags; the
 * failure and heat views repaint when their target, the plan or the mode changes.
 */
import type { Plan } from '../../shared/model/plan';
import { layoutFor, rebuildCanvas, rebuildCanvasAfterPaint, sameStructure, syncMovingLinks, syncSelectionFlags } from '../canvas/canvasStore';
import { refollowView, useLodStore } from '../canvas/lodStore';
import { failureOverlay, heatOverlay } from '../failure/overlay';
import { failureFor, indexFor, reportFor } from '../store/engine';
import { refreshFigures, refreshFiguresAfterPaint } from '../store/figuresStore';
import { usePlanStore } from '../store/planStore';
import { planTree } from '../../shared/edit/planTree';
import { useUiStore, type UiState } from '../store/uiStore';

function pruneSelection(): void {
  const plan = usePlanStore.getState().plan;
  const tree = planTree(plan);
  const ui = useUiStore.getState();
  const selection = ui.selection.filter((id) => tree.byId.has(id));
  const links = new Set(plan.links.map((l) => l.id));
  const selectedLinks = ui.selectedLinks.filter((id) => links.has(id));
  const pinned = ui.failurePinned !== null && tree.byId.has(ui.failurePinned) ? ui.failurePinned : null;
  const hover = ui.failureHover !== null && tree.byId.has(ui.failureHover) ? ui.failureHover : null;
  if (
    selection.length !== ui.selection.length ||
    selectedLinks.length !== ui.selectedLinks.length ||
    pinned !== ui.failurePinned ||
    hover !== ui.failureHover
  ) {
    useUiStore.setState({ selection, selectedLinks, failurePinned: pinned, failureHover: hover });
  }
}

/** The node whose failure is shown: the one pointed at, else the one clicked. */
export function failureTarget(ui: Pick<UiState, 'failureMode' | 'failureHover' | 'failurePinned'>): string | null {
  if (!ui.failureMode) return null;
  return ui.failureHover ?? ui.failurePinned;
}

export function refreshOverlay(): void {
  const plan = usePlanStore.getState().plan;
  const ui = useUiStore.getState();
  const target = failureTarget(ui);
  let overlay: UiState['overlay'] = null;
  if (target !== null) {
    const outcome = failureFor(plan, target);
    overlay = outcome ? failureOverlay(plan, indexFor(plan), outcome) : null;
  } else if (ui.heatView) {
    overlay = heatOverlay(indexFor(plan), reportFor(plan));
  }
  if (overlay !== ui.overlay) useUiStore.setState({ overlay });
}

/**
 * Opening a plan this large paints its cards before the engine's report is computed; an edit of
 * fields paints the new figures before the cards.
 */
const DEFER_FIGURES_FROM = 1500;

/**
 * Whether the cards may follow an edit a little later: on a large plan, when only fields changed
 * (the tree and the layout stay as they were). The figures are what the edit is for; rebuilding the
 * cards in the same task (the elements, React Flow's adoption of the new array, the cards' render
 * and the paint: 20–40 ms on 10,000 nodes, as long as the report and the panel together) would hold
 * back the frame that shows them. The cards follow once that frame has painted (see
 * rebuildCanvasAfterPaint). A structural change (add, move, delete) rebuilds the canvas at once.
 */
function canvasMayWait(before: Plan, after: Plan): boolean {
  return after.nodes.length >= DEFER_FIGURES_FROM && sameStructure(before, after);
}

let connected = false;

export function connectStores(): void {
  if (connected) return;
  connected = true;
  const start = usePlanStore.getState().plan;
  layoutFor(start);
  rebuildCanvas();
  refreshFigures(start);
  usePlanStore.subscribe((state, previous) => {
    if (state.plan === previous.plan) return;
    pruneSelection();
    const opened = state.savedPlan !== previous.savedPlan && state.plan === state.savedPlan;
    if (!opened && canvasMayWait(previous.plan, state.plan)) {
      refreshFigures(state.plan);
      rebuildCanvasAfterPaint();
    } else {
      rebuildCanvas();
      if (opened && state.plan.nodes.length >= DEFER_FIGURES_FROM) refreshFiguresAfterPaint(() => usePlanStore.getState().plan);
      else refreshFigures(state.plan);
    }
    refreshOverlay();
  });
  useLodStore.subscribe(() => rebuildCanvas());
  useUiStore.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.selectedLinks !== previous.selectedLinks) syncSelectionFlags();
    if (state.gesture !== previous.gesture && (state.gesture?.kind === 'node-drag' || previous.gesture?.kind === 'node-drag')) syncMovingLinks();
    if (state.gesture === null && previous.gesture !== null) refollowView();
    if (
      state.failureMode !== previous.failureMode ||
      state.failureHover !== previous.failureHover ||
      state.failurePinned !== previous.failurePinned ||
      state.heatView !== previous.heatView
    ) {
      refreshOverlay();
    }
  });
}
