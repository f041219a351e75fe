/**
 * Writing a plan as a `.strata` document (SPEC §2): every field written with its default filled
 * in, keys in a fixed order, so that load → save → load is identical and save → load → save
 * gives the same text. Optional position, size, notes and view are written only when present.
 */
import type { PlanNode } from '../model/nodes';
import type { Os, OsFamily } from '../model/os';
import type { Link, Plan, View } from '../model/plan';
import type { Settings } from '../model/settings';
import { layoutJson } from './jsonLayout';
import { NODE_FIELD_ORDER } from './nodeSchemas';

export interface PlanFileDocument {
  readonly format: Plan['format'];
  readonly version: Plan['version'];
  readonly name: string;
  readonly settings: Settings;
  readonly nodes: readonly Readonly<Record<string, unknown>>[];
  readonly links: readonly Link[];
  readonly view?: View;
}

export function serializePlan(plan: Plan): string {
  return `${layoutJson(planToDocument(plan))}\n`;
}

export function planToDocument(plan: Plan): PlanFileDocument {
  return {
    format: plan.format,
    version: plan.version,
    name: plan.name,
    settings: settingsToDocument(plan.settings),
    nodes: plan.nodes.map(nodeToDocument),
    links: plan.links.map((l) => ({ id: l.id, from: l.from, to: l.to })),
    ...(plan.view ? { view: { x: plan.view.x, y: plan.view.y, zoom: plan.view.zoom } } : {}),
  };
}

export function nodeToDocument(node: PlanNode): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = {
    id: node.id,
    kind: node.kind,
    parentId: node.parentId,
    name: node.name,
  };
  const fields = node as unknown as Readonly<Record<string, unknown>>;
  for (const key of NODE_FIELD_ORDER[node.kind]) {
    const value = fields[key];
    out[key] = key === 'os' && value ? osToDocument(value as Os) : value;
  }
  if (node.position) out.position = { x: node.position.x, y: node.position.y };
  if (node.size) out.size = { width: node.size.width, height: node.size.height };
  if (node.notes !== undefined) out.notes = node.notes;
  return out;
}

function osToDocument(os: Os): Os {
  return { family: os.family, name: os.name, version: os.version };
}

function familyHours(hours: Readonly<Record<OsFamily, number>>): Record<OsFamily, number> {
  return {
    linux: hours.linux,
    windows: hours.windows,
    unix: hours.unix,
    bsd: hours.bsd,
    other: hours.other,
  };
}

function settingsToDocument(settings: Settings): Settings {
  const h = settings.patchHours;
  return {
    cpuOvercommitLimit: settings.cpuOvercommitLimit,
    ramOvercommitLimit: settings.ramOvercommitLimit,
    patchCyclesPerYear: settings.patchCyclesPerYear,
    patchHours: {
      hostOs: familyHours(h.hostOs),
      hypervisor: h.hypervisor,
      guestOs: familyHours(h.guestOs),
      runtime: h.runtime,
      image: h.image,
    },
  };
}
