/**
 * New plan and the examples. Opening, saving and exporting files belong to the desktop bridge and
 * register their own actions (file-open, file-save, …) through `registerActions`.
 */
import { emptyPlan } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { layoutFor, withOneRebuild } from '../canvas/canvasStore';
import { refollowView, resetLod } from '../canvas/lodStore';
import { openingViewport, showViewport } from '../canvas/viewport';
import { EXAMPLES } from '../examples';
import { replacePlan } from '../store/planStore';
import { keepScenarios } from '../store/scenarioDocument';
import { setSelection, showToast, useUiStore } from '../store/uiStore';
import type { Action } from './types';

/**
 * Replaces the document: fresh history, nothing selected, modes off, shown at the view saved in
 * its file (else fitted). The view is the canvas's from then on, not part of the document: moving
 * around never marks a plan unsaved, and Save writes the view as it is then (fileFlows.ts).
 * `document`: the file's scenarios when the plan is one of several (store/scenarioDocument.ts).
 */
export function openPlan(opened: Plan, document: ScenarioSet | null = null): void {
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
  keepScenarios(document);
  showViewport(viewport);
  refollowView();
}

export const FILE_ACTIONS: readonly Action[] = [
  {
    id: 'file-new',
    label: 'New plan',
    shortcuts: ['Mod+N'],
    enabled: (s) => !s.gestureActive,
    perform: () => openPlan(emptyPlan()),
  },
  {
    id: 'help-examples',
    label: 'Examples',
    enabled: (s) => !s.gestureActive,
    perform: () => useUiStore.setState({ examplesMenuOpen: true }),
  },
  {
    id: 'help-about',
    label: 'About Strata',
    enabled: () => true,
    perform: () =>
      showToast(
        'info',
        'Strata — plans virtualization and container layouts: consolidation, patching and blast radius, live.',
      ),
  },
  ...EXAMPLES.map((example): Action => ({
    id: `example-${example.id}`,
    label: example.title,
    enabled: (s) => !s.gestureActive,
    perform: () => openPlan(example.plan, example.document),
  })),
];
