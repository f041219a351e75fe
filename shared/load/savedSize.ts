/**
 * Limits that agree (issue 13): every plan that loads must save into a file that opens again.
 * Saving writes every field with its default filled in (SPEC §2), so a file that leaves fields
 * out grows when saved. The loader therefore also refuses a plan whose saved text would be over
 * MAX_FILE_BYTES. Serializing a plan costs about as much as loading it, so the loader first
 * bounds the saved size from the text it read, cheaply, and serializes only when the bound says
 * the plan might not fit (a file of tens of MiB that leaves fields out).
 */
import type { PlanNode } from '../model/nodes';
import { MAX_FILE_BYTES, type Plan } from '../model/plan';
import type { ScenarioSet } from '../model/scenarios';
import { isRecord } from './fields';
import { NODE_FIELD_ORDER } from './nodeSchemas';
import { formatMiB, utf8ByteLength } from './parseText';
import { serializeDocument } from './serializeDocument';

/** Eight spaces of indent (inside a scenario) and `,\n` around each node or link line. */
const LINE_BYTES = 10;
/**
 * How much longer JavaScript can write a number than the file did: the file's shortest form of a
 * value below 10^21 in exponent notation (`1e20`, 4 bytes) is written out in full (21 bytes).
 * Strings never grow (JSON.stringify escapes only what JSON text must escape already), unknown
 * and repeated keys only shrink.
 */
const NUMBER_GROWTH = 18;
/**
 * Per scenario: its id and name, settings and view written in full from `{}` (a version-1 file
 * gains the scenario around its plan): under 1.5 KiB, with a margin. The top level once more.
 */
const DOCUMENT_GROWTH = 4096;
const OS_KEYS = ['name', 'version'] as const;

/** The keys of each kind a file may leave out and a save writes, numbers among them. */
const FILLED_KEYS: { readonly [K in PlanNode['kind']]: readonly string[] } = {
  site: ['parentId', 'name', ...NODE_FIELD_ORDER.site],
  server: ['parentId', 'name', ...NODE_FIELD_ORDER.server],
  hypervisor: ['parentId', 'name', ...NODE_FIELD_ORDER.hypervisor],
  vm: ['parentId', 'name', ...NODE_FIELD_ORDER.vm],
  runtime: ['parentId', 'name', ...NODE_FIELD_ORDER.runtime],
  container: ['parentId', 'name', ...NODE_FIELD_ORDER.container],
};

/** An upper bound of how many bytes longer `node` is when saved than `raw` was in the file. */
export function nodeGrowthBound(raw: unknown, node: PlanNode): number {
  const fields = node as unknown as Readonly<Record<string, unknown>>;
  const given = isRecord(raw) ? raw : {};
  let growth = LINE_BYTES;
  const add = (key: string, value: unknown): void => {
    growth += key.length + 4 + utf8ByteLength(JSON.stringify(value) ?? '');
  };
  for (const key of FILLED_KEYS[node.kind]) {
    const value = fields[key];
    if (typeof value === 'number') growth += NUMBER_GROWTH;
    if (given[key] === undefined) add(key, value);
    else if (key === 'os' && isRecord(given.os) && isRecord(value)) {
      for (const osKey of OS_KEYS) if (given.os[osKey] === undefined) add(osKey, value[osKey]);
    }
  }
  if (node.position) growth += 2 * NUMBER_GROWTH;
  if (node.size) growth += 2 * NUMBER_GROWTH;
  return growth;
}

/** An upper bound of how much longer `plan` is when saved than in the file it came from. */
export function planGrowthBound(plan: Plan, rawNodes: readonly unknown[]): number {
  let bound = DOCUMENT_GROWTH + LINE_BYTES * plan.links.length;
  for (let i = 0; i < plan.nodes.length; i += 1) {
    bound += nodeGrowthBound(rawNodes[i], plan.nodes[i] as PlanNode);
  }
  return bound;
}

/** The raw nodes array of each scenario as the file holds it (after migration). */
function rawNodesOf(rawScenario: unknown): readonly unknown[] {
  return isRecord(rawScenario) && Array.isArray(rawScenario.nodes) ? rawScenario.nodes : [];
}

/** An upper bound of the saved size of `set`, loaded from a file of `rawBytes` bytes. */
export function savedSizeBound(
  set: ScenarioSet,
  rawBytes: number,
  rawScenarios: readonly unknown[],
): number {
  let bound = rawBytes + DOCUMENT_GROWTH;
  set.scenarios.forEach((scenario, i) => {
    bound += planGrowthBound(scenario.plan, rawNodesOf(rawScenarios[i]));
  });
  return bound;
}

/** The reason the document cannot be opened because of its saved size, or null when it fits. */
export function savedSizeProblem(
  set: ScenarioSet,
  text: string | null,
  rawScenarios: readonly unknown[],
): string | null {
  if (text !== null) {
    // Every UTF-16 unit is at most three UTF-8 bytes: count exactly only when that is not enough.
    const growth = savedSizeBound(set, 0, rawScenarios);
    if (text.length * 3 + growth <= MAX_FILE_BYTES) return null;
    if (utf8ByteLength(text) + growth <= MAX_FILE_BYTES) return null;
  }
  const saved = utf8ByteLength(serializeDocument(set));
  if (saved <= MAX_FILE_BYTES) return null;
  return `would be ${formatMiB(saved)} when saved with every field written, over the ${MAX_FILE_BYTES / (1024 * 1024)} MiB Strata opens`;
}
