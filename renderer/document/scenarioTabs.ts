/**
 * What the scenario tabs do to a document: switch, add, duplicate, rename, delete, reorder. The
 * list edits are the pure ones of shared/model/scenarioEdits.ts; switching shelves the active
 * scenario's plan, undo history and view and brings the other's back, so each scenario keeps its
 * own history and view, and figures, failure mode and the heat view follow the tab.
 *
 * Every change of the list is a step of the document's history (store/documentHistory.ts): Undo
 * takes it back when it is the last thing done — a deleted scenario returns at its place with
 * its plan, history and view. Switching tabs is not a step.
 */
import { message, type Message } from '../../shared/i18n/message';
import {
  addScenario,
  appendScenario,
  deleteScenario,
  duplicateScenario,
  moveScenario,
  renameScenario,
  type ScenarioEdit,
} from '../../shared/model/scenarioEdits';
import type { Plan } from '../../shared/model/plan';
import type { Scenario, ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import type { DocumentStep } from '../store/documentHistory';
import { getPlan } from '../store/editorStores';
import { setSelection } from '../store/uiStore';
import type { StrataDocument } from './createDocument';
import { show } from './openPlan';
import type { ScenarioState, Shelved } from './scenarioModel';

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
  // Bringing a scenario in is not an edit of it: the history does not count it.
  doc.history.quietly(() =>
    show(doc, plan, shelved?.view ?? undefined, () => {
      setSelection(doc, []);
      doc.ui.setState({ failureHover: null, failurePinned: null, drop: null });
      doc.plan.setState({ plan, savedPlan, dirty: plan !== savedPlan });
      // The target's own history, not the plan just shelved (zundo recorded it on the set above).
      doc.plan.temporal.setState({
        pastStates: [...(shelved?.past ?? [])],
        futureStates: [...(shelved?.future ?? [])],
      });
    }),
  );
}

export function switchScenario(doc: StrataDocument, id: string): void {
  const set = current(doc);
  if (set.activeScenario === id || !set.scenarios.some((s) => s.id === id)) return;
  showScenario(doc, set, id);
}

function apply(doc: StrataDocument, edit: ScenarioEdit | null, show: boolean): boolean {
  if (!edit) return false;
  if (show && edit.set.activeScenario !== activeScenarioOf(current(doc)).id)
    showScenario(doc, edit.set, edit.set.activeScenario);
  else doc.scenarios.update(edit.set);
  return true;
}

/** A scenario taken out of the list, with everything needed to put it back as it was. */
interface Removed {
  readonly scenario: Scenario;
  readonly index: number;
  readonly shelved: Shelved;
  readonly saved: Plan | undefined;
}

/**
 * Takes scenario `id` out (not the last one), keeping its plan, history, view and saved plan.
 * When it is shown, `showInstead` (else its neighbour) is shown first.
 */
function takeOut(doc: StrataDocument, id: string, showInstead?: string): Removed | null {
  const set = current(doc);
  const index = set.scenarios.findIndex((s) => s.id === id);
  const scenario = set.scenarios[index];
  const edit = deleteScenario(set, id);
  if (!edit || !scenario) return null;
  let after = edit.set;
  if (set.activeScenario === id) {
    const next =
      showInstead !== undefined && edit.set.scenarios.some((s) => s.id === showInstead)
        ? showInstead
        : edit.set.activeScenario;
    // Shows the other one first, which shelves this one's history and view.
    showScenario(doc, set, next);
    after = { ...edit.set, activeScenario: next };
  }
  const model = doc.scenarios;
  const removed: Removed = {
    scenario,
    index,
    shelved: model.shelf.get(id) ?? { past: [], future: [], view: null },
    saved: model.saved.get(id),
  };
  // A later scenario may get the same id: it must not inherit this one's history.
  model.shelf.delete(id);
  model.saved.delete(id);
  model.update(after);
  return removed;
}

/** Puts a scenario taken out back at its place, with its history and view; shown if `shown`. */
function putBack(doc: StrataDocument, removed: Removed, shown: boolean): void {
  const set = current(doc);
  const scenarios = [...set.scenarios];
  scenarios.splice(Math.min(removed.index, scenarios.length), 0, removed.scenario);
  const model = doc.scenarios;
  model.shelf.set(removed.scenario.id, removed.shelved);
  if (removed.saved) model.saved.set(removed.scenario.id, removed.saved);
  if (shown) showScenario(doc, { ...set, scenarios }, removed.scenario.id);
  // Back in the list: no longer the last deleted one.
  model.update(shown ? model.store.getState().set : { ...set, scenarios });
}

/** A scenario just added (new or a copy) and shown: undo takes it out and shows `before` again. */
function recordInsert(doc: StrataDocument, label: Message, id: string, before: string): void {
  let removed: Removed | null = null;
  doc.history.record({
    label,
    undo: () => {
      removed = takeOut(doc, id, before);
    },
    redo: () => {
      if (removed) putBack(doc, removed, true);
    },
  });
}

/** A copy of the active scenario after it, shown: the usual start of a to-be. */
export function duplicateActive(doc: StrataDocument): void {
  const set = current(doc);
  const edit = duplicateScenario(set, set.activeScenario);
  if (!apply(doc, edit, true) || !edit) return;
  const name = edit.set.scenarios.find((s) => s.id === edit.id)?.name ?? '';
  recordInsert(doc, message('ui.step.duplicateScenario', { name }), edit.id, set.activeScenario);
}

export function addEmpty(doc: StrataDocument): void {
  const set = current(doc);
  const edit = addScenario(set, getPlan(doc));
  if (!apply(doc, edit, true)) return;
  const name = edit.set.scenarios.find((s) => s.id === edit.id)?.name ?? '';
  recordInsert(doc, message('ui.step.addScenario', { name }), edit.id, set.activeScenario);
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
  const old = current(doc).scenarios.find((s) => s.id === id)?.name;
  const edit = renameScenario(current(doc), id, name);
  const now = edit?.set.scenarios.find((s) => s.id === id)?.name;
  if (old === undefined || now === undefined || now === old || !apply(doc, edit, false)) return;
  doc.history.record({
    label: message('ui.step.renameScenario', { old, now }),
    undo: () => void apply(doc, renameScenario(current(doc), id, old), false),
    redo: () => void apply(doc, renameScenario(current(doc), id, now), false),
  });
}

export function move(doc: StrataDocument, id: string, to: number): void {
  const set = current(doc);
  const from = set.scenarios.findIndex((s) => s.id === id);
  const edit = moveScenario(set, id, to);
  const at = edit?.set.scenarios.findIndex((s) => s.id === id) ?? from;
  if (from < 0 || at === from || !apply(doc, edit, false)) return;
  const name = set.scenarios[from]?.name ?? id;
  doc.history.record({
    label: message('ui.step.moveScenario', { name }),
    undo: () => void apply(doc, moveScenario(current(doc), id, from), false),
    redo: () => void apply(doc, moveScenario(current(doc), id, at), false),
  });
}

/** Deletes scenario `id` (not the last one); Undo, or the tabs' Undo button, brings it back. */
export function remove(doc: StrataDocument, id: string): void {
  let removed = takeOut(doc, id);
  if (!removed) return;
  const { scenario } = removed;
  const step: DocumentStep = {
    label: message('ui.step.deleteScenario', { name: scenario.name }),
    undo: () => {
      if (removed) putBack(doc, removed, true);
    },
    redo: () => {
      removed = takeOut(doc, id);
      if (removed)
        doc.scenarios.update(doc.scenarios.store.getState().set, lastDelete(removed, step));
    },
  };
  doc.scenarios.update(doc.scenarios.store.getState().set, lastDelete(removed, step));
  doc.history.record(step);
}

function lastDelete(removed: Removed, step: DocumentStep): ScenarioState['deleted'] {
  return { scenario: removed.scenario, index: removed.index, step };
}

/** The tabs' "Undo delete" button: the last delete taken back, even after edits of another scenario. */
export function restoreDeleted(doc: StrataDocument): void {
  const { deleted } = doc.scenarios.store.getState();
  if (deleted) doc.history.undoStep(deleted.step);
}
