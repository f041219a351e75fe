/**
 * New plan and the examples. Opening, saving and exporting files belong to the desktop bridge and
 * register their own actions (file-open, file-save, …) through `registerActions`.
 */
import { emptyPlan } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/plan';
import { layoutFor, withOneRebuild } from '../canvas/canvasStore';
import { refollowView, resetLod } from '../canvas/lodStore';
import { openingViewport, showViewport } from '../canvas/viewport';
import { EXAMPLES } from '../examples';
import { replacePlan } from '../store/planStore';
import { setSelection, showToast, useUiStore } from '../store/uiStore';
import { EXAMPLE_ACTION_PREFIX } from '../../shared/actions/manifest';
import { ENABLED_RULES } from '../../shared/actions/rules';
import { bindAction } from './bindAction';
import type { Action } from './types';

/**
 * Replaces the document: fresh history, nothing selected, modes off, shown at the view saved in
 * its file (else fitted). The view is the canvas's from then on, not part of the document: moving
 * around never marks a plan unsaved, and Save writes the view as it is then (fileFlows.ts).
 */
export function openPlan(opened: Plan): void {
  const { view, ...plan } = opened;
  setSelection([]);
  useUiStore.setState({ failureHover: null, failurePinned: null, drop: null });
  // The level of detail for the zoom the plan will be seen at, before its cards are built.
  const layout = layoutFor(plan);
  const viewport = openingViewport(layout, view);
  withOneRebuild(() => {
    resetLod(viewport, plan.nodes.length);
    replacePlan(plan);
  });
  showViewport(viewport);
  refollowView();
}

export const FILE_ACTIONS: readonly Action[] = [
  bindAction('file-new', () => openPlan(emptyPlan())),
  bindAction('help-examples', () => useUiStore.setState({ examplesMenuOpen: true })),
  bindAction('help-about', () =>
    showToast('info', 'Strata — plans virtualization and container layouts: consolidation, patching and blast radius, live.'),
  ),
  ...EXAMPLES.map(
    (example): Action => ({
      id: `${EXAMPLE_ACTION_PREFIX}${example.id}`,
      label: example.title,
      enabled: ENABLED_RULES.idle,
      perform: () => openPlan(example.plan),
    }),
  ),
];
