/**
 * Opening a plan into a document: fresh history, nothing selected, modes off, shown at the view
 * saved in its file (else fitted), with the canvas rebuilt once, at the level of detail of that
 * view. The view is the canvas's from then on, not part of the document: moving around never marks
 * a plan unsaved, and Save writes the view as it is then (files/fileFlows.ts).
 */
import type { Plan, View } from '../../shared/model/plan';
import type { CanvasDocument } from '../canvas/canvasDocument';
import { getPlan } from '../store/editorStores';
import { replacePlan } from '../store/planStore';
import { setSelection } from '../store/uiStore';

/**
 * Shows `plan` at `view` (or fitted): the level of detail for that view first, then one rebuild.
 * `inside` runs before the rebuild (it replaces the plan, or releases the canvas).
 */
function show(doc: CanvasDocument, plan: Plan, view: View | undefined, inside: () => void): void {
  const viewport = doc.viewport.openingViewport(doc.canvas.layoutFor(plan), view);
  doc.canvas.withOneRebuild(() => {
    doc.lod.reset(viewport, plan.nodes.length);
    inside();
  });
  doc.viewport.showViewport(viewport);
  doc.lod.refollowView();
}

export interface Opener {
  /** Replaces the document's plan. Before the canvas is up, the plan waits there to be shown. */
  open(opened: Plan): void;
  /** The canvas is up: show the plan at the view it was opened with. */
  canvasReady(): void;
}

/**
 * Until the canvas is up no rebuild happens: the first one waits for the view the plan opens at,
 * so the cards are built once, at the level of detail they will be seen at (React Flow's own
 * fit after mounting used to rebuild them a second time).
 */
export function createOpener(doc: CanvasDocument, view: View | undefined): Opener {
  let release: (() => void) | null = doc.canvas.hold();
  let waitingView = view;
  return {
    open(opened) {
      const { view: saved, ...plan } = opened;
      const replace = (): void => {
        setSelection(doc, []);
        doc.ui.setState({ failureHover: null, failurePinned: null, drop: null });
        replacePlan(doc.plan, plan);
      };
      if (release) {
        waitingView = saved;
        replace();
        return;
      }
      // The selection is cleared inside the one rebuild: the old cards are not redrawn unselected first.
      show(doc, plan, saved, replace);
    },
    canvasReady() {
      const held = release;
      if (!held) return;
      release = null;
      const first = waitingView;
      waitingView = undefined;
      show(doc, getPlan(doc), first, held);
    },
  };
}
