/**
 * The editor's stores for one document, created together (renderer/document/ composes them with
 * the canvas and the files' state): no store is a module singleton, so two documents, or later two
 * scenarios of one document, never share a plan, a history, a selection or an engine cache.
 *
 * `ScenarioStores` is what a scenario owns (its plan with its undo history, the engine's cache and
 * the figures); the UI stores belong to the document.
 */
import { emptyPlan } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/plan';
import { createDocumentHistory, type DocumentHistory } from './documentHistory';
import { createEngine, type Engine } from './engine';
import { createFigures, type Figures } from './figuresStore';
import { createPlanStore, type PlanStore } from './planStore';
import { createPointerStore, createUiStore, type PointerStore, type UiStore } from './uiStore';

export interface ScenarioStores {
  readonly plan: PlanStore;
  readonly engine: Engine;
  readonly figures: Figures;
}

export interface EditorStores extends ScenarioStores {
  readonly ui: UiStore;
  readonly pointer: PointerStore;
  /** Undo and redo across the plan's edits and the document's scenario steps (./documentHistory.ts). */
  readonly history: DocumentHistory;
}

export function createScenarioStores(plan: Plan = emptyPlan()): ScenarioStores {
  const engine = createEngine();
  return { plan: createPlanStore(plan), engine, figures: createFigures(engine, plan) };
}

export function createEditorStores(plan?: Plan): EditorStores {
  const scenario = createScenarioStores(plan);
  return {
    ...scenario,
    ui: createUiStore(),
    pointer: createPointerStore(),
    history: createDocumentHistory(scenario.plan),
  };
}

/** The plan being edited now. */
export function getPlan(stores: Pick<EditorStores, 'plan'>): Plan {
  return stores.plan.getState().plan;
}
