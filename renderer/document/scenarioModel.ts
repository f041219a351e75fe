/**
 * The scenarios of one document (SPEC §2.1). The canvas edits the active scenario: its plan, undo
 * history and saved state are the document's plan store. This model holds the others — their
 * plans, undo histories, views and saved plans, kept while another scenario is shown — so that
 * switching tabs loses nothing, and Save, Export JSON, the desktop's close prompt and the recovery
 * copy write every scenario back with the edited one in its place.
 */
import { createStore, type StoreApi } from 'zustand';
import { serializeDocument } from '../../shared/load/serializeDocument';
import type { Plan, View } from '../../shared/model/plan';
import { singleScenarioSet, type Scenario, type ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf, withScenarioPlan } from '../../shared/model/scenarioSet';
import type { DocumentStep } from '../store/documentHistory';
import type { PlanState } from '../store/planStore';

/** What an inactive scenario keeps of its time on the canvas. */
export interface Shelved {
  readonly past: readonly Partial<PlanState>[];
  readonly future: readonly Partial<PlanState>[];
  readonly view: View | null;
}

export interface ScenarioState {
  /** Every scenario; the active one's plan is as it was when it became active (the live one is the plan store's). */
  readonly set: ScenarioSet;
  /** Whether a scenario other than the active one, or the list of scenarios, changed since the last save. */
  readonly othersDirty: boolean;
  /**
   * The scenario last deleted, where it was and the history step that deleted it, until it is
   * restored or the list changes again.
   */
  readonly deleted: {
    readonly scenario: Scenario;
    readonly index: number;
    readonly step: DocumentStep;
  } | null;
}

export interface ScenarioModel {
  readonly store: StoreApi<ScenarioState>;
  /** A document was opened: its scenarios (null: `plan` is a document of its own, one scenario). */
  reset(set: ScenarioSet | null, plan: Plan): void;
  /** The whole document with `plan` as the active scenario's plan. */
  documentOf(plan: Plan): ScenarioSet;
  /** The file's text: every scenario, the active one with the view it is seen at. */
  text(plan: Plan, view: View | null): string;
  /** Everything is on disk now, as `documentOf` gives it. */
  markSaved(plan: Plan): void;
  shelf: Map<string, Shelved>;
  /** The plan each scenario had when the document was last opened or saved (absent: never saved). */
  saved: Map<string, Plan>;
  /** Sets the scenarios (after an edit of the list or a switch) and works out `othersDirty`. */
  update(set: ScenarioSet, deleted?: ScenarioState['deleted']): void;
}

/** The scenarios' ids and names in order: what makes the list itself unsaved. */
function shape(set: ScenarioSet): string {
  return JSON.stringify([set.name, set.scenarios.map((s) => [s.id, s.name])]);
}

export function createScenarioModel(plan: Plan): ScenarioModel {
  const first = singleScenarioSet(plan);
  const store = createStore<ScenarioState>()(() => ({
    set: first,
    othersDirty: false,
    deleted: null,
  }));
  const shelf = new Map<string, Shelved>();
  const saved = new Map<string, Plan>();
  let savedShape = shape(first);

  const documentOf = (current: Plan): ScenarioSet => {
    const { set } = store.getState();
    const active = activeScenarioOf(set).id;
    const withViews: ScenarioSet = {
      ...set,
      scenarios: set.scenarios.map((s) => {
        const view = s.id === active ? null : (shelf.get(s.id)?.view ?? null);
        return view ? { ...s, plan: { ...s.plan, view } } : s;
      }),
    };
    return withScenarioPlan(withViews, active, current);
  };

  const remember = (set: ScenarioSet): void => {
    saved.clear();
    for (const s of set.scenarios) saved.set(s.id, s.plan);
    savedShape = shape(set);
  };

  const update: ScenarioModel['update'] = (set, deleted = null) => {
    const active = activeScenarioOf(set).id;
    const othersDirty =
      shape(set) !== savedShape ||
      set.scenarios.some((s) => s.id !== active && saved.get(s.id) !== s.plan);
    store.setState({ set, othersDirty, deleted });
  };

  return {
    store,
    shelf,
    saved,
    update,
    reset(set, opened) {
      const given = set ?? singleScenarioSet(opened);
      // Views live on the shelf, so that a scenario's plan is the same object shown and saved.
      shelf.clear();
      const next: ScenarioSet = {
        ...given,
        scenarios: given.scenarios.map((s) => {
          const { view, ...plan } = s.plan;
          shelf.set(s.id, { past: [], future: [], view: view ?? null });
          return { ...s, plan };
        }),
      };
      remember(next);
      store.setState({ set: next, othersDirty: false, deleted: null });
    },
    documentOf,
    text: (current, view) => serializeDocument(documentOf(view ? { ...current, view } : current)),
    markSaved(current) {
      const { set: before } = store.getState();
      const set = withScenarioPlan(before, activeScenarioOf(before).id, current);
      remember(set);
      store.setState({ set, othersDirty: false });
    },
  };
}
