/**
 * One document's state, made by a factory and handed to the components through React context
 * (DocumentProvider.tsx), as React Flow gives each provider its own store: nothing of a document
 * is a module singleton.
 *
 * A document is its editor stores (plan with undo history, engine cache, figures; selection and
 * modes), its canvas (elements, level of detail, viewport) and its file state. The plan, history,
 * engine, figures and canvas are what a scenario will own (`ScenarioStores` + `CanvasParts`); a
 * document with several scenarios keeps one such set per scenario and provides the active one
 * spread over the shared UI and file state — switching is handing a different object to the
 * provider, nothing is rebuilt.
 */
import type { Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import type { ActionDocument } from '../actions/types';
import { createCompareStore, type CompareStore } from '../store/comparePair';
import { createCanvasParts } from '../canvas/canvasDocument';
import type { FilesDocument } from '../files/filesDocument';
import { createFiles } from '../files/filesStore';
import { createEditorStores } from '../store/editorStores';
import { createOpener } from './openPlan';
import { createScenarioModel, type ScenarioModel } from './scenarioModel';

export interface StrataDocument extends FilesDocument, ActionDocument {
  /** The document's scenarios around the plan on the canvas. */
  readonly scenarios: ScenarioModel;
  /** The pair the Compare view shows (and a report exported while it is open compares). */
  readonly compare: CompareStore;
}

/** A document holding `plan`; it is shown at the plan's saved view once its canvas is up. */
export function createDocumentStores(plan: Plan): StrataDocument {
  const { view, ...bare } = plan;
  const stores = createEditorStores(bare);
  const base = { ...stores, ...createCanvasParts(stores), files: createFiles() };
  const opener = createOpener(base, view);
  base.viewport.onReady(() => opener.canvasReady());
  const scenarios = createScenarioModel(bare);
  // The document is unsaved when another scenario, or the list of them, is.
  scenarios.store.subscribe(({ othersDirty }) => {
    if (othersDirty !== base.files.store.getState().othersDirty)
      base.files.store.setState({ othersDirty });
  });
  const compare = createCompareStore();
  const open = (opened: Plan, set: ScenarioSet | null = null): void => {
    compare.setState(compare.getInitialState(), true);
    base.history.clear();
    scenarios.reset(set, opened);
    opener.open(opened);
  };
  return { ...base, scenarios, compare, open };
}
