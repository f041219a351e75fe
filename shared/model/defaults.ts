/**
 * The one place for default values (SPEC §2): the loader's schemas read them to fill what a file
 * leaves out, and `makeNode` reads them to build a new node, so the two cannot drift.
 */
import { defaultHypervisorType, defaultIsolation } from './catalog';
import { KIND_LABEL, type NodeKind, type NodeOfKind, type PlanNode } from './nodes';
import type { Os } from './os';
import { CURRENT_VERSION, PLAN_FORMAT, type Plan } from './plan';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export const DEFAULT_PLAN_NAME = 'Untitled plan';

export const DEFAULT_VM_OS: Os = { family: 'linux', name: 'Ubuntu', version: '24.04' };

type BaseKey = 'id' | 'kind' | 'parentId' | 'name' | 'position' | 'size' | 'notes';

/** The fields a node of kind K has beyond the ones every node has. */
export type KindFields<K extends NodeKind> = Omit<NodeOfKind<K>, BaseKey>;

/** Fields whose default depends on another field (product → hypervisorType, engine → isolation). */
type DerivedKey = 'hypervisorType' | 'isolation';

export type KindDefaults<K extends NodeKind> = Omit<KindFields<K>, DerivedKey>;

/** Defaults of every kind field, except those derived from the catalog (see `fillDerivedFields`). */
export const NODE_DEFAULTS: { readonly [K in NodeKind]: KindDefaults<K> } = {
  site: { role: 'primary' },
  server: { cpuCores: 32, ramGiB: 256, os: null, workload: null, service: null },
  hypervisor: { product: 'VMware ESXi', cluster: null, reservedCpuCores: 0, reservedRamGiB: 0 },
  vm: { vcpu: 2, ramGiB: 8, os: DEFAULT_VM_OS, workload: null, service: null },
  runtime: { engine: 'Docker' },
  container: { image: '', cpu: 0.5, ramGiB: 0.5, osFamily: 'linux', workload: null, service: null },
};

/** The name an unnamed node gets: its kind's label and its 1-based number among nodes of its kind. */
export function defaultNodeName(kind: NodeKind, ordinal: number): string {
  return `${KIND_LABEL[kind]} ${ordinal}`;
}

/**
 * Fills `hypervisorType` from the product and `isolation` from the engine when they are missing.
 * Returns the same object when nothing is missing.
 */
export function fillDerivedFields<T extends { readonly kind: NodeKind }>(node: T): T {
  const n = node as T & {
    product?: unknown;
    hypervisorType?: unknown;
    engine?: unknown;
    isolation?: unknown;
  };
  if (n.kind === 'hypervisor' && n.hypervisorType === undefined && typeof n.product === 'string') {
    return { ...node, hypervisorType: defaultHypervisorType(n.product) };
  }
  if (n.kind === 'runtime' && n.isolation === undefined && typeof n.engine === 'string') {
    return { ...node, isolation: defaultIsolation(n.engine) };
  }
  return node;
}

export type MakeNodeFields<K extends NodeKind> = Pick<NodeOfKind<K>, 'id' | 'parentId'> &
  Partial<Omit<NodeOfKind<K>, 'id' | 'kind' | 'parentId'>>;

/**
 * A complete node of `kind`: the given fields over the defaults. Without a name it is called
 * "<Kind> 1"; callers that add to a plan usually pass the next number (see `nextNodeName`).
 */
export function makeNode<K extends NodeKind>(kind: K, fields: MakeNodeFields<K>): NodeOfKind<K> {
  const defaults: KindDefaults<NodeKind> = NODE_DEFAULTS[kind];
  const copied = 'os' in defaults && defaults.os !== null ? { os: { ...defaults.os } } : {};
  const node = {
    name: defaultNodeName(kind, 1),
    ...defaults,
    ...copied,
    ...withoutUndefined(fields),
    kind,
  };
  return fillDerivedFields(node) as unknown as NodeOfKind<K>;
}

/** The default name for one more node of `kind` in `nodes`: "VM 4" when there are three VMs. */
export function nextNodeName(nodes: readonly PlanNode[], kind: NodeKind): string {
  let count = 0;
  for (const node of nodes) if (node.kind === kind) count += 1;
  return defaultNodeName(kind, count + 1);
}

export function copySettings(settings: Settings): Settings {
  const { patchHours } = settings;
  return {
    ...settings,
    patchHours: {
      ...patchHours,
      hostOs: { ...patchHours.hostOs },
      guestOs: { ...patchHours.guestOs },
    },
  };
}

export function emptyPlan(name: string = DEFAULT_PLAN_NAME): Plan {
  return {
    format: PLAN_FORMAT,
    version: CURRENT_VERSION,
    name,
    settings: copySettings(DEFAULT_SETTINGS),
    nodes: [],
    links: [],
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}
