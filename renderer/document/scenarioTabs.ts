/**
 * What the scenario tabs do to a document: switch, add, duplicate, rename, delete (and restore),
 * reorder. The list edits are the pure ones of shared/model/scenarioEdits.ts; switching shelves the
 * active scenario's plan, undo history and view and brings the other's back, so each scenario keeps
 * its own history and view, and figures, failure mode and the heat view follow the tab.
 */
import {
  addScenario,
  appendScenario,
  deleteScenario,
  duplicateScenario,
  moveScenario,
  renameScenario,
  type ScenarioEdit,
} from '../../shared/model/scenarioEdits';
import type { Scenario, ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { getPlan } from '../store/editorStores';
import { setSelection } from '../store/uiStore';
import type { StrataDocument } from './createDocument';
import { show } from './openPlan';

/** The document's scenarios with the live plan in place of the active one's. */
function current(doc: StrataDocument): ScenarioSet {
  const { set } = doc.scenarios.store.getState();
  const plan = getPlan(doc);
  const active = activeScenarioOf(set).id;
  return { ...set, scenarios: set.scenarios.map((s) => (s.id === active ? { ...s, plan } : s)) };
}

/** Shows scenario `id` of `set` (the live plan already in it), shelving the one shown now. */
function showScenario(doc: StrataDocument, set: ScenarioSet, id: string): void {
  const model = doc.scenarios;
  const before = activeScenarioOf(doc.scenarios.store.getState().set).id;
  const state = doc.plan.getState();
  const history = doc.plan.temporal.getState();
  model.shelf.set(before, {
    past: history.pastStates,
    future: history.futureStates,
    view: doc.viewport.currentView(),
  });
  if (state.savedPlan) model.saved.set(before, state.savedPlan);
  else model.saved.delete(before);
  const target = set.scenarios.find((s) => s.id === id) ?? activeScenarioOf(set);
  const shelved = model.shelf.get(target.id);
  const next = { ...set, activeScenario: target.id };
  model.update(next, doc.scenarios.store.getState().deleted);
  const plan = target.plan;
  const savedPlan = model.saved.get(target.id) ?? null;
  show(doc, plan, shelved?.view ?? undefined, () => {
    setSelection(doc, []);
    doc.ui.setState({ failureHover: null, failurePinned: null, drop: null });
    doc.plan.setState({ plan, savedPlan, dirty: plan !== savedPlan });
    // The target's own history, not the plan just shelved (zundo recorded it on the set above).
    doc.plan.temporal.setState({
      pastStates: [...(shelved?.past ?? [])],
      futureStates: [...(shelved?.future ?? [])],
    });
  });
}

export function switchScenario(doc: StrataDocument, id: string): void {
  const set = current(doc);
  if (set.activeScenario === id || !set.scenarios.some((s) => s.id === id)) return;
  showScenario(doc, set, id);
}

function apply(doc: StrataDocument, edit: ScenarioEdit | null, show: boolean): void {
  if (!edit) return;
  if (show && edit.set.activeScenario !== activeScenarioOf(current(doc)).id)
    showScenario(doc, edit.set, edit.set.activeScenario);
  else doc.scenarios.update(edit.set);
}

/** A copy of the active scenario after it, shown: the usual start of a to-be. */
export function duplicateActive(doc: StrataDocument): void {
  const set = current(doc);
  apply(doc, duplicateScenario(set, set.activeScenario), true);
}

export function addEmpty(doc: StrataDocument): void {
  apply(doc, addScenario(current(doc), getPlan(doc)), true);
}

/**
 * Adds a scenario made elsewhere (Plan ▸ Consolidate…'s proposal) after the others and shows it;
 * like an added or duplicated one, Delete on its tab takes it away again. Its plan's view, if any,
 * is dropped: it opens at a readable first view.
 */
export function addMadeScenario(doc: StrataDocument, scenario: Scenario): boolean {
  const { view: _view, ...plan } = scenario.plan;
  const edit = appendScenario(current(doc), { ...scenario, plan });
  apply(doc, edit, true);
  return edit !== null;
}

export function rename(doc: StrataDocument, id: string, name: string): void {
  apply(doc, renameScenario(current(doc), id, name), false);
}

export function move(doc: StrataDocument, id: string, to: number): void {
  apply(doc, moveScenario(current(doc), id, to), false);
}

/** Deletes scenario `id` (not the last one); `restoreDeleted` brings it back. */
export function remove(doc: StrataDocument, id: string): void {
  const set = current(doc);
  const index = set.scenarios.findIndex((s) => s.id === id);
  const scenario = set.scenarios[index];
  const edit = deleteScenario(set, id);
  if (!edit || !scenario) return;
  const deleted = { scenario, index };
  if (set.activeScenario === id) {
    // Show the neighbour first (shelving the deleted one's history), then drop it from the list.
    showScenario(doc, set, edit.set.activeScenario);
  }
  doc.scenarios.update(edit.set, deleted);
}

/** Undoes the last delete: the scenario returns to its place, with its history, and is shown. */
export function restoreDeleted(doc: StrataDocument): void {
  const { deleted } = doc.scenarios.store.getState();
  if (!deleted) return;
  const set = current(doc);
  const scenarios = [...set.scenarios];
  scenarios.splice(Math.min(deleted.index, scenarios.length), 0, deleted.scenario);
  showScenario(doc, { ...set, scenarios }, deleted.scenario.id);
}
