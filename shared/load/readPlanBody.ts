/**
 * One plan's body (SPEC §2): settings, view, nodes, parents and links, checked in that order.
 * A version-1 file is one body; a version-2 file has one per scenario (places then get the
 * scenario's prefix, see loadDocument.ts).
 */
import {
  CURRENT_VERSION,
  MAX_LINKS,
  MAX_NODES,
  PLAN_FORMAT,
  type Plan,
  type View,
} from '../model/plan';
import { rememberIdIndex } from '../model/nodeIds';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { checkParents } from './checkParents';
import { viewSchema } from './fieldSchemas';
import { firstIssue, formatPath, groupDigits } from './issuePlace';
import { loadFailure, type Step } from './loadResult';
import { reason } from './loadReasons';
import type { PlanDocument } from './migrations';
import { readLinks } from './readLinks';
import { readNodes } from './readNodes';
import { mergeSettings, parseSettings } from './settingsSchema';

/** The plan in `body` (an object with settings, nodes, links, view), named `name`. */
export function readPlanBody(body: PlanDocument, name: string): Step<Plan> {
  const settings = readSettings(body.settings);
  if (!settings.ok) return settings;
  const view = readView(body.view);
  if (!view.ok) return view;
  const rawNodes = readArray(body, 'nodes', MAX_NODES);
  if (!rawNodes.ok) return rawNodes;
  const rawLinks = readArray(body, 'links', MAX_LINKS);
  if (!rawLinks.ok) return rawLinks;

  const nodes = readNodes(rawNodes.value);
  if (!nodes.ok) return nodes;
  const parents = checkParents(nodes.value.nodes, nodes.value.indexById);
  if (!parents.ok) return parents;
  const links = readLinks(rawLinks.value, nodes.value.indexById);
  if (!links.ok) return links;
  rememberIdIndex(nodes.value.nodes, nodes.value.indexById);

  const plan: Plan = {
    format: PLAN_FORMAT,
    version: CURRENT_VERSION,
    name,
    settings: settings.value,
    nodes: nodes.value.nodes,
    links: links.value,
    ...(view.value === undefined ? {} : { view: view.value }),
  };
  return { ok: true, value: plan };
}

function readSettings(value: unknown): Step<Settings> {
  const parsed = parseSettings(value === undefined ? {} : value);
  if (!parsed.ok) return loadFailure(`settings${formatPath(parsed.path)}`, parsed.said);
  return { ok: true, value: mergeSettings(DEFAULT_SETTINGS, parsed.settings) };
}

function readView(value: unknown): Step<View | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const parsed = viewSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = firstIssue(parsed.error);
  return loadFailure(`view${formatPath(issue.path)}`, issue.said);
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
      : loadFailure(key, reason('load.nodesMissing'));
  }
  if (!Array.isArray(value)) return loadFailure(key, reason('load.array'));
  if (value.length > max) {
    return loadFailure(
      key,
      reason('load.tooMany', { count: groupDigits(value.length), what: key, max: groupDigits(max) }),
    );
  }
  return { ok: true, value };
}
