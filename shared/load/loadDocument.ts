/**
 * The one loader for untrusted input (SPEC §2, §2.1), used by the command line, the main process
 * and the renderer alike: text or an already-parsed value in, a ScenarioSet or one named error
 * out. Steps: size and JSON → envelope (format, version, migrations to version 2) → name →
 * scenarios (the whole file's limits, then each scenario: id, name, its plan) → activeScenario.
 * It never throws.
 */
import { DEFAULT_PLAN_NAME } from '../model/defaults';
import { MAX_LINKS, MAX_NODES } from '../model/plan';
import type { Scenario, ScenarioSet } from '../model/scenarios';
import { readEnvelope } from './envelope';
import { groupDigits, quote } from './issuePlace';
import {
  isRecord,
  loadError,
  loadFailure,
  type DocumentResult,
  type LoadError,
  type Step,
} from './loadResult';
import { reason } from './loadReasons';
import { MIGRATIONS, type Migration } from './migrations';
import { parsePlanText } from './parseText';
import { readPlanBody } from './readPlanBody';
import { savedSizeProblem } from './savedSize';

export function loadDocument(input: unknown): DocumentResult {
  return loadDocumentWithMigrations(input, MIGRATIONS);
}

/** `loadDocument` with another list of migrations (tests of the migration mechanism). */
export function loadDocumentWithMigrations(
  input: unknown,
  migrations: readonly Migration[],
): DocumentResult {
  let result: Step<ScenarioSet>;
  try {
    result = load(input, migrations);
  } catch (error) {
    // Only reachable through exotic parsed input (a throwing getter, a Proxy): never for text.
    const detail = error instanceof Error ? error.message : String(error);
    result = loadFailure('file', reason('load.couldNotRead', { detail }));
  }
  return result.ok ? { ok: true, document: result.value } : result;
}

function load(input: unknown, migrations: readonly Migration[]): Step<ScenarioSet> {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parsePlanText(input);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  const envelope = readEnvelope(value, migrations);
  if (!envelope.ok) return envelope;
  const { doc, fileVersion } = envelope.value;

  const name = doc.name === undefined ? DEFAULT_PLAN_NAME : doc.name;
  if (typeof name !== 'string') return loadFailure('name', reason('load.string'));
  const raw = readScenarioArray(doc.scenarios);
  if (!raw.ok) return raw;

  // A file from before scenarios is one plan: its places are its own (`nodes[3]`, not
  // `scenarios[0].nodes[3]`).
  const place = (index: number): string => (fileVersion < 2 ? '' : `scenarios[${index}].`);
  const scenarios: Scenario[] = [];
  const indexById = new Map<string, number>();
  for (let i = 0; i < raw.value.length; i += 1) {
    const scenario = readScenario(raw.value[i], i, name, indexById);
    if (!scenario.ok) return { ok: false, error: within(place(i), scenario.error) };
    scenarios.push(scenario.value);
  }
  const active = readActive(doc.activeScenario, scenarios);
  if (!active.ok) return active;
  const set: ScenarioSet = { name, scenarios, activeScenario: active.value };
  // Every document that opens must save into a file that opens again (savedSize.ts).
  const tooBig = savedSizeProblem(set, typeof input === 'string' ? input : null, raw.value);
  if (tooBig !== null) return loadFailure('file', tooBig);
  return { ok: true, value: set };
}

/** Required, an array of at least one, and the nodes and links of all together within the limits. */
function readScenarioArray(value: unknown): Step<readonly unknown[]> {
  if (value === undefined)
    return loadFailure('scenarios', reason('load.scenariosMissing'));
  if (!Array.isArray(value)) return loadFailure('scenarios', reason('load.array'));
  if (value.length === 0) return loadFailure('scenarios', reason('load.scenariosEmpty'));
  let nodes = 0;
  let links = 0;
  for (const scenario of value as readonly unknown[]) {
    if (!isRecord(scenario)) continue;
    if (Array.isArray(scenario.nodes)) nodes += scenario.nodes.length;
    if (Array.isArray(scenario.links)) links += scenario.links.length;
  }
  // One scenario over a limit is named by its own place (`scenarios[0].nodes`).
  if (value.length > 1) {
    if (nodes > MAX_NODES) return tooMany(nodes, 'nodes', MAX_NODES);
    if (links > MAX_LINKS) return tooMany(links, 'links', MAX_LINKS);
  }
  return { ok: true, value };
}

function tooMany(count: number, what: string, max: number): Step<never> {
  return loadFailure(
    'scenarios',
    reason('load.tooManyInAll', { count: groupDigits(count), what, max: groupDigits(max) }),
  );
}

function readScenario(
  value: unknown,
  index: number,
  documentName: string,
  indexById: Map<string, number>,
): Step<Scenario> {
  if (!isRecord(value)) return loadFailure('', reason('load.objectOf', { shape: '{ id, name, nodes, … }' }));
  const { id, name } = value;
  if (id === undefined) return loadFailure('id', reason('load.missing'));
  if (typeof id !== 'string' || id === '') return loadFailure('id', reason('load.nonEmptyString'));
  const earlier = indexById.get(id);
  if (earlier !== undefined)
    return loadFailure('id', reason('load.usedTwice', { id: quote(id), other: `scenarios[${earlier}]` }));
  indexById.set(id, index);
  if (name !== undefined && typeof name !== 'string')
    return loadFailure('name', reason('load.string'));
  const plan = readPlanBody(value, documentName);
  if (!plan.ok) return plan;
  return { ok: true, value: { id, name: name ?? `Scenario ${index + 1}`, plan: plan.value } };
}

/** The active scenario's id: the first scenario when the file names none. */
function readActive(value: unknown, scenarios: readonly Scenario[]): Step<string> {
  const first = scenarios[0];
  if (value === undefined && first) return { ok: true, value: first.id };
  if (typeof value !== 'string')
    return loadFailure('activeScenario', reason('load.scenarioId'));
  if (!scenarios.some((s) => s.id === value))
    return loadFailure('activeScenario', reason('load.noScenarioId', { id: quote(value) }));
  return { ok: true, value };
}

/** `scenarios[2].` + `nodes[3].ramGiB`; a scenario's own place (`''`) is `scenarios[2]`. */
function within(prefix: string, error: LoadError): LoadError {
  if (prefix === '') return error;
  const place = error.place === '' ? prefix.slice(0, -1) : `${prefix}${error.place}`;
  return loadError(place, error.said);
}
