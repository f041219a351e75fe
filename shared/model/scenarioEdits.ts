/**
 * Edits of a document's scenarios (the tabs along the bottom of the canvas): add, duplicate,
 * rename, delete, reorder, activate. Pure: (set, args) → the new set, and the scenario concerned.
 * A duplicate keeps every node id — the same id is the same machine (SPEC §2.1), which is what
 * `diff` and the Compare view match on.
 */
import { emptyPlan } from './defaults';
import type { Plan } from './plan';
import type { Scenario, ScenarioSet } from './scenarios';

export interface ScenarioEdit {
  readonly set: ScenarioSet;
  /** The scenario added, duplicated, renamed or activated; after a delete, the new active one. */
  readonly id: string;
}

/** `As is` → `as-is`; a name with no letter or digit → `scenario`. */
function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s === '' ? 'scenario' : s;
}

function freeId(set: ScenarioSet, name: string): string {
  const taken = new Set(set.scenarios.map((s) => s.id));
  const base = slug(name);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** `name`, or `name (2)`, `name (3)`… — the first not taken. */
export function freeName(set: ScenarioSet, name: string): string {
  const taken = new Set(set.scenarios.map((s) => s.name));
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

function insertAfter(set: ScenarioSet, afterId: string, scenario: Scenario): ScenarioSet {
  const at = set.scenarios.findIndex((s) => s.id === afterId);
  const scenarios = [...set.scenarios];
  scenarios.splice(at < 0 ? scenarios.length : at + 1, 0, scenario);
  return { ...set, scenarios, activeScenario: scenario.id };
}

/** A new empty scenario at the end, with the document's settings of the active one, made active. */
export function addScenario(set: ScenarioSet, settingsFrom?: Plan): ScenarioEdit {
  const name = freeName(set, `Scenario ${set.scenarios.length + 1}`);
  const plan: Plan = {
    ...emptyPlan(set.name),
    ...(settingsFrom ? { settings: settingsFrom.settings } : {}),
  };
  const scenario = { id: freeId(set, name), name, plan };
  return {
    set: { ...set, scenarios: [...set.scenarios, scenario], activeScenario: scenario.id },
    id: scenario.id,
  };
}

/** A copy of scenario `id` (same nodes, same ids, same view) right after it, made active. */
export function duplicateScenario(set: ScenarioSet, id: string): ScenarioEdit | null {
  const source = set.scenarios.find((s) => s.id === id);
  if (!source) return null;
  const name = freeName(set, source.name);
  const scenario = { id: freeId(set, name), name, plan: source.plan };
  return { set: insertAfter(set, id, scenario), id: scenario.id };
}

/**
 * `scenario`, made elsewhere (the optimizer's proposal, with its own name and id), at the end,
 * made active; null when its id is taken.
 */
export function appendScenario(set: ScenarioSet, scenario: Scenario): ScenarioEdit | null {
  if (set.scenarios.some((s) => s.id === scenario.id)) return null;
  return {
    set: { ...set, scenarios: [...set.scenarios, scenario], activeScenario: scenario.id },
    id: scenario.id,
  };
}

/** Scenario `id` named `name` (trimmed; an empty name is refused: null). */
export function renameScenario(set: ScenarioSet, id: string, name: string): ScenarioEdit | null {
  const trimmed = name.trim();
  if (trimmed === '' || !set.scenarios.some((s) => s.id === id)) return null;
  return {
    set: {
      ...set,
      scenarios: set.scenarios.map((s) => (s.id === id ? { ...s, name: trimmed } : s)),
    },
    id,
  };
}

/** Without scenario `id`; the last scenario cannot go (null). The next one (else the previous) becomes active if it was. */
export function deleteScenario(set: ScenarioSet, id: string): ScenarioEdit | null {
  const at = set.scenarios.findIndex((s) => s.id === id);
  if (at < 0 || set.scenarios.length < 2) return null;
  const scenarios = set.scenarios.filter((s) => s.id !== id);
  const neighbour = (scenarios[at] ?? scenarios[at - 1]) as Scenario;
  const activeScenario = set.activeScenario === id ? neighbour.id : set.activeScenario;
  return { set: { ...set, scenarios, activeScenario }, id: activeScenario };
}

/** Scenario `id` moved to position `to` (0-based, clamped). */
export function moveScenario(set: ScenarioSet, id: string, to: number): ScenarioEdit | null {
  const at = set.scenarios.findIndex((s) => s.id === id);
  if (at < 0) return null;
  const scenarios = [...set.scenarios];
  const [moved] = scenarios.splice(at, 1);
  scenarios.splice(Math.max(0, Math.min(to, scenarios.length)), 0, moved as Scenario);
  return { set: { ...set, scenarios }, id };
}

export function activateScenario(set: ScenarioSet, id: string): ScenarioEdit | null {
  return set.scenarios.some((s) => s.id === id)
    ? { set: { ...set, activeScenario: id }, id }
    : null;
}
