/**
 * The document the canvas's plan is one scenario of (SPEC §2.1), until the canvas has scenario
 * tabs: the canvas edits the scenario a file opens on, and saving, Export JSON and the recovery
 * copy write every scenario of the file back with that one edited in place. Never loses a
 * version-2 file's other scenarios.
 */
import { serializeDocument } from '../../shared/load/serializeDocument';
import type { Plan, View } from '../../shared/model/plan';
import { singleScenarioSet, type ScenarioSet } from '../../shared/model/scenarios';
import { activeScenarioOf, withScenarioPlan } from '../../shared/model/scenarioSet';

let kept: ScenarioSet | null = null;

/** The document a plan was opened from (null: the plan is a document of its own). */
export function keepScenarios(document: ScenarioSet | null): void {
  kept = document;
}

/** The whole document with `plan` as the scenario on the canvas. */
export function documentOf(plan: Plan): ScenarioSet {
  return kept ? withScenarioPlan(kept, activeScenarioOf(kept).id, plan) : singleScenarioSet(plan);
}

/** The file's text: every scenario, the canvas's with the view it is seen at. */
export function documentText(plan: Plan, view: View | null): string {
  return serializeDocument(documentOf(view ? { ...plan, view } : plan));
}
