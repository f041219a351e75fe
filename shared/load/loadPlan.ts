/**
 * The one loader for untrusted input (SPEC §2), used by the command line, the main process and
 * the renderer alike: text or an already-parsed value in, a Plan or one named error out.
 * Steps: size and JSON → envelope (format, version, migrations) → top-level fields → nodes →
 * parents → links. It never throws.
 */
import { DEFAULT_PLAN_NAME } from '../model/defaults';
import {
  CURRENT_VERSION,
  MAX_LINKS,
  MAX_NODES,
  PLAN_FORMAT,
  type Plan,
  type View,
} from '../model/plan';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { checkParents } from './checkParents';
import { readEnvelope } from './envelope';
import { viewSchema } from './fieldSchemas';
import { firstIssue, formatPath, groupDigits } from './issuePlace';
import { loadFailure, type LoadResult, type Step } from './loadResult';
import { MIGRATIONS, type Migration, type PlanDocument } from './migrations';
import { parsePlanText } from './parseText';
import { readLinks } from './readLinks';
import { readNodes } from './readNodes';
import { savedSizeProblem } from './savedSize';
import { mergeSettings, parseSettings } from './settingsSchema';

export type { LoadError, LoadResult } from './loadResult';

export function loadPlan(input: unknown): LoadResult {
  return loadPlanWithMigrations(input, MIGRATIONS);
}

/** `loadPlan` with another list of migrations (tests of the migration mechanism). */
export function loadPlanWithMigrations(
  input: unknown,
  migrations: readonly Migration[],
): LoadResult {
  try {
    return load(input, migrations);
  } catch (error) {
    // Only reachable through exotic parsed input (a throwing getter, a Proxy): never for text.
    const detail = error instanceof Error ? error.message : String(error);
    return loadFailure('file', `could not be read (${detail})`);
  }
}

function load(input: unknown, migrations: readonly Migration[]): LoadResult {
  let value = input;
  const text = typeof input === 'string' ? input : null;
  if (typeof input === 'string') {
    const parsed = parsePlanText(input);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  const envelope = readEnvelope(value, migrations);
  if (!envelope.ok) return envelope;
  const doc = envelope.value;

  const name = doc.name === undefined ? DEFAULT_PLAN_NAME : doc.name;
  if (typeof name !== 'string') return loadFailure('name', 'must be a string');
  const settings = readSettings(doc.settings);
  if (!settings.ok) return settings;
  const view = readView(doc.view);
  if (!view.ok) return view;
  const rawNodes = readArray(doc, 'nodes', MAX_NODES);
  if (!rawNodes.ok) return rawNodes;
  const rawLinks = readArray(doc, 'links', MAX_LINKS);
  if (!rawLinks.ok) return rawLinks;

  const nodes = readNodes(rawNodes.value);
  if (!nodes.ok) return nodes;
  const parents = checkParents(nodes.value.nodes, nodes.value.indexById);
  if (!parents.ok) return parents;
  const links = readLinks(rawLinks.value, nodes.value.indexById);
  if (!links.ok) return links;

  const plan: Plan = {
    format: PLAN_FORMAT,
    version: CURRENT_VERSION,
    name,
    settings: settings.value,
    nodes: nodes.value.nodes,
    links: links.value,
    ...(view.value === undefined ? {} : { view: view.value }),
  };
  const tooBigSaved = savedSizeProblem(plan, text, rawNodes.value);
  if (tooBigSaved !== null) return loadFailure('file', tooBigSaved);
  return { ok: true, plan };
}

function readSettings(value: unknown): Step<Settings> {
  const parsed = parseSettings(value === undefined ? {} : value);
  if (!parsed.ok) return loadFailure(`settings${formatPath(parsed.path)}`, parsed.reason);
  return { ok: true, value: mergeSettings(DEFAULT_SETTINGS, parsed.settings) };
}

function readView(value: unknown): Step<View | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const parsed = viewSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = firstIssue(parsed.error);
  return loadFailure(`view${formatPath(issue.path)}`, issue.reason);
}

/** `nodes` is required; `links` defaults to []. Both are capped. */
function readArray(
  doc: PlanDocument,
  key: 'nodes' | 'links',
  max: number,
): Step<readonly unknown[]> {
  const value = doc[key];
  if (value === undefined) {
    return key === 'links'
      ? { ok: true, value: [] }
      : loadFailure(key, 'is missing (an empty plan has "nodes": [])');
  }
  if (!Array.isArray(value)) return loadFailure(key, 'must be an array');
  if (value.length > max) {
    return loadFailure(
      key,
      `holds ${groupDigits(value.length)} ${key}; Strata opens at most ${groupDigits(max)}`,
    );
  }
  return { ok: true, value };
}
