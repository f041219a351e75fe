/**
 * The scenarios of one document (SPEC §2.1). The canvas edits the active scenario's plan (the
 * document's plan store); this model holds the document's scenarios around it, so that Save,
 * Export JSON, the desktop's close prompt and the recovery copy write every scenario back with the
 * edited one in its place. Never loses a version-2 file's other scenarios.
 */
import { createStore, type StoreApi } from 'zustand';
import { serializeDocument } from '../../shared/load/serializeDocument';
import type { Plan, View } from '../../shared/model/plan';
import { singleScenarioSet, type ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf, withScenarioPlan } from '../../shared/model/scenarioSet';

export interface ScenarioState {
  /** Every scenario; the active one's plan is as it was opened or last switched to (the live one is the plan store's). */
  readonly set: ScenarioSet;
}

export interface ScenarioModel {
  readonly store: StoreApi<ScenarioState>;
  /** A document was opened: its scenarios (null: `plan` is a document of its own, one scenario). */
  reset(set: ScenarioSet | null, plan: Plan): void;
  /** The whole document with `plan` as the active scenario's plan. */
  documentOf(plan: Plan): ScenarioSet;
  /** The file's text: every scenario, the active one with the view it is seen at. */
  text(plan: Plan, view: View | null): string;
}

export function createScenarioModel(plan: Plan): ScenarioModel {
  const store = createStore<ScenarioState>()(() => ({ set: singleScenarioSet(plan) }));
  const documentOf = (current: Plan): ScenarioSet => {
    const { set } = store.getState();
    return withScenarioPlan(set, activeScenarioOf(set).id, current);
  };
  return {
    store,
    reset: (set, opened) => store.setState({ set: set ?? singleScenarioSet(opened) }),
    documentOf,
    text: (current, view) => serializeDocument(documentOf(view ? { ...current, view } : current)),
  };
}
