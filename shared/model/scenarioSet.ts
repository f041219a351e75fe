/** Reading and replacing the scenarios of a version-2 document (the types: ./scenarios.ts). */
import type { Plan } from './plan';
import type { Scenario, ScenarioSet } from './scenarios';

/** The scenario the document opens on (the first when `activeScenario` names none). */
export function activeScenarioOf(set: ScenarioSet): Scenario {
  const active = set.scenarios.find((s) => s.id === set.activeScenario) ?? set.scenarios[0];
  if (!active) throw new Error('a scenario set holds at least one scenario');
  return active;
}

/**
 * The document with scenario `id`'s plan replaced. The plan's name is the document's name, so
 * renaming the plan renames the document (and every scenario's plan).
 */
export function withScenarioPlan(set: ScenarioSet, id: string, plan: Plan): ScenarioSet {
  const name = plan.name;
  return {
    name,
    scenarios: set.scenarios.map((s) =>
      s.id === id ? { ...s, plan } : s.plan.name === name ? s : { ...s, plan: { ...s.plan, name } },
    ),
    activeScenario: set.activeScenario,
  };
}
