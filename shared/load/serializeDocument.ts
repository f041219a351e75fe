/**
 * Writing a version-2 document (SPEC §2.1): `format, version, name, scenarios, activeScenario`,
 * each scenario `id, name` followed by its plan exactly as `planToDocument` writes a plan's body
 * (settings, nodes, links, view). So load → save → load is identical and save → load → save
 * gives the same text, as for a single plan.
 */
import { FILE_VERSION, PLAN_FORMAT } from '../model/plan';
import type { Scenario, ScenarioSet } from '../model/scenarios';
import { planToDocument, type PlanFileDocument } from './serialize';

export type ScenarioFileDocument = { readonly id: string; readonly name: string } & Omit<
  PlanFileDocument,
  'format' | 'version' | 'name'
>;

export interface ScenarioSetFileDocument {
  readonly format: typeof PLAN_FORMAT;
  readonly version: typeof FILE_VERSION;
  readonly name: string;
  readonly scenarios: readonly ScenarioFileDocument[];
  readonly activeScenario: string;
}

export function serializeDocument(set: ScenarioSet): string {
  return `${JSON.stringify(documentToFile(set), null, 2)}\n`;
}

export function documentToFile(set: ScenarioSet): ScenarioSetFileDocument {
  return {
    format: PLAN_FORMAT,
    version: FILE_VERSION,
    name: set.name,
    scenarios: set.scenarios.map(scenarioToFile),
    activeScenario: set.activeScenario,
  };
}

function scenarioToFile(scenario: Scenario): ScenarioFileDocument {
  // The plan's own name is the document's: written once, on top.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { format, version, name, ...body } = planToDocument(scenario.plan);
  return { id: scenario.id, name: scenario.name, ...body };
}
