/**
 * A version-2 document (SPEC §2.1): one file, several scenarios — the as-is and its to-be
 * options. Each scenario is a whole plan (its own settings, nodes, links and view) and every
 * figure is computed per scenario, from its `plan`, exactly as for a version-1 file. Node ids
 * repeat across scenarios on purpose: the same id is the same machine or workload.
 */
import { ENGLISH } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import type { Plan } from './plan';

export interface Scenario {
  /** Unique within the document. */
  readonly id: string;
  /** Shown on the scenario's tab and in `--scenario NAME`. */
  readonly name: string;
  /** The scenario's plan; its `name` is the document's name. */
  readonly plan: Plan;
}

export interface ScenarioSet {
  /** The document's name (the plan name of every scenario). */
  readonly name: string;
  /** At least one. */
  readonly scenarios: readonly Scenario[];
  /** The id of the scenario shown when the file opens. */
  readonly activeScenario: string;
}

/** What a version-1 file's single plan becomes. */
export const FIRST_SCENARIO_NAME = 'As is';
export const FIRST_SCENARIO_ID = 'as-is';

export function singleScenarioSet(
  plan: Plan,
  scenarioName: string = FIRST_SCENARIO_NAME,
): ScenarioSet {
  return {
    name: plan.name,
    scenarios: [{ id: FIRST_SCENARIO_ID, name: scenarioName, plan }],
    activeScenario: FIRST_SCENARIO_ID,
  };
}

export type ScenarioPick =
  | { readonly ok: true; readonly scenario: Scenario; readonly index: number }
  | { readonly ok: false; readonly reason: string; readonly said: Message };

function refused(said: Message): ScenarioPick {
  return { ok: false, reason: formatMessage(ENGLISH, said), said };
}

/**
 * The scenario a command line's `--scenario NAME|N` names: N is 1-based; otherwise the name
 * (exact first, then case-insensitive). Without a selector: the first scenario.
 */
export function pickScenario(set: ScenarioSet, selector?: string): ScenarioPick {
  if (selector === undefined) {
    const first = set.scenarios[0];
    return first
      ? { ok: true, scenario: first, index: 0 }
      : refused(message('scenario.none'));
  }
  if (/^[1-9][0-9]*$/.test(selector)) {
    const index = Number(selector) - 1;
    const scenario = set.scenarios[index];
    if (scenario) return { ok: true, scenario, index };
  }
  let index = set.scenarios.findIndex((s) => s.name === selector);
  if (index < 0)
    index = set.scenarios.findIndex((s) => s.name.toLowerCase() === selector.toLowerCase());
  const scenario = set.scenarios[index];
  if (scenario) return { ok: true, scenario, index };
  const names = set.scenarios.map((s, i) => `${i + 1} "${s.name}"`).join(', ');
  return refused(message('scenario.unknown', { selector, names }));
}
