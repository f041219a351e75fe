/**
 * One schema per node kind (SPEC §2): the single source of truth for what a node may hold, used
 * by the loader for every node of a file and by the inspector to check an edit in place.
 * Defaults come from `model/defaults.ts`, which `makeNode` reads too.
 */
import { zodReason } from './loadReasons';
import type { Message } from '../i18n/message';
import { z } from 'zod';
import { defaultHypervisorType, defaultIsolation } from '../model/catalog';
import { BOUNDS } from '../model/bounds';
import { NODE_DEFAULTS } from '../model/defaults';
import type { NodeKind, NodeOfKind, PlanNode } from '../model/nodes';
import { OS_FAMILIES, OS_FAMILY_LABEL, osSchema, type Os, type OsFamily } from '../model/os';
import { choiceReason } from './fieldSchemas';
import {
  choiceField,
  isRecord,
  literalField,
  nonEmptyTextField,
  objectReader,
  optional,
  pointField,
  numberField,
  REJECT,
  schemasOf,
  sizeField,
  textField,
  textOrNullField,
  withDefault,
  type Field,
} from './fields';
import { firstIssue, formatField } from './issuePlace';

export { checkSettingsPatch, type SettingsPatchResult } from './settingsSchema';

function fillOsName(os: { family: OsFamily; name?: string | undefined; version: string }): Os {
  return { family: os.family, name: os.name ?? OS_FAMILY_LABEL[os.family], version: os.version };
}

const osFamilies = new Set<unknown>(OS_FAMILIES);

/** The fast reading of `osSchema` followed by `fillOsName`. */
function readOs(value: unknown): Os | typeof REJECT {
  if (!isRecord(value)) return REJECT;
  const { family, name, version } = value;
  if (!osFamilies.has(family)) return REJECT;
  if (name !== undefined && typeof name !== 'string') return REJECT;
  if (version !== undefined && typeof version !== 'string') return REJECT;
  return fillOsName({ family: family as OsFamily, name, version: version ?? '' });
}

const vmOs: Field<z.ZodPipe<typeof osSchema, z.ZodTransform<Os>>> = {
  schema: osSchema.transform(fillOsName),
  read: (value) => (value === undefined ? REJECT : readOs(value)),
};
const hostOsSchema = z
  .object(osSchema.shape, {
    error: zodReason('load.objectOrNull', { shape: '{ family, name, version }' }),
  })
  .transform(fillOsName)
  .nullable();
const hostOs: Field<typeof hostOsSchema> = {
  schema: hostOsSchema,
  read: (value) => (value === undefined ? REJECT : value === null ? null : readOs(value)),
};

function base<const K extends NodeKind>(kind: K) {
  return {
    id: nonEmptyTextField(),
    kind: literalField(z.literal(kind), [kind]),
    parentId: withDefault(textOrNullField(), null),
    // Filled by the loader from the node's number among its kind when missing.
    name: optional(textField()),
  };
}

const tail = {
  position: optional(pointField),
  size: optional(sizeField),
  notes: optional(textField()),
};

const d = NODE_DEFAULTS;

/** Every kind's fields, in SPEC order (which the serializer follows): the one definition. */
const NODE_FIELDS = {
  site: {
    ...base('site'),
    role: withDefault(choiceField(['primary', 'secondary']), d.site.role),
    ...tail,
  },
  server: {
    ...base('server'),
    cpuCores: withDefault(numberField(BOUNDS.cpuCores), d.server.cpuCores),
    ramGiB: withDefault(numberField(BOUNDS.ramGiB), d.server.ramGiB),
    os: withDefault(hostOs, d.server.os),
    workload: withDefault(textOrNullField(), d.server.workload),
    service: withDefault(textOrNullField(), d.server.service),
    ...tail,
  },
  hypervisor: {
    ...base('hypervisor'),
    product: withDefault(textField(), d.hypervisor.product),
    // Missing: derived from the product (see NODE_SCHEMAS).
    hypervisorType: optional(
      literalField(z.literal([1, 2], { error: choiceReason([1, 2]) }), [1, 2]),
    ),
    cluster: withDefault(textOrNullField(), d.hypervisor.cluster),
    reservedCpuCores: withDefault(
      numberField(BOUNDS.reservedCpuCores),
      d.hypervisor.reservedCpuCores,
    ),
    reservedRamGiB: withDefault(numberField(BOUNDS.reservedRamGiB), d.hypervisor.reservedRamGiB),
    ...tail,
  },
  vm: {
    ...base('vm'),
    vcpu: withDefault(numberField(BOUNDS.vcpu), d.vm.vcpu),
    ramGiB: withDefault(numberField(BOUNDS.ramGiB), d.vm.ramGiB),
    os: withDefault(vmOs, d.vm.os),
    workload: withDefault(textOrNullField(), d.vm.workload),
    service: withDefault(textOrNullField(), d.vm.service),
    ...tail,
  },
  runtime: {
    ...base('runtime'),
    engine: withDefault(textField(), d.runtime.engine),
    // Missing: derived from the engine (see NODE_SCHEMAS).
    isolation: optional(choiceField(['shared-kernel', 'vm'])),
    ...tail,
  },
  container: {
    ...base('container'),
    image: withDefault(textField(), d.container.image),
    cpu: withDefault(numberField(BOUNDS.containerCpu), d.container.cpu),
    ramGiB: withDefault(numberField(BOUNDS.containerRamGiB), d.container.ramGiB),
    osFamily: withDefault(choiceField(['linux', 'windows']), d.container.osFamily),
    workload: withDefault(textOrNullField(), d.container.workload),
    service: withDefault(textOrNullField(), d.container.service),
    ...tail,
  },
} as const;

/** The plain object schemas, one per kind. */
export const NODE_OBJECT_SCHEMAS = {
  site: z.object(schemasOf(NODE_FIELDS.site)),
  server: z.object(schemasOf(NODE_FIELDS.server)),
  hypervisor: z.object(schemasOf(NODE_FIELDS.hypervisor)),
  vm: z.object(schemasOf(NODE_FIELDS.vm)),
  runtime: z.object(schemasOf(NODE_FIELDS.runtime)),
  container: z.object(schemasOf(NODE_FIELDS.container)),
} as const;

const objects = NODE_OBJECT_SCHEMAS;

function deriveHypervisorType<T extends { product: string; hypervisorType?: 1 | 2 | undefined }>(
  h: T,
) {
  return { ...h, hypervisorType: h.hypervisorType ?? defaultHypervisorType(h.product) };
}

function deriveIsolation<
  T extends { engine: string; isolation?: 'shared-kernel' | 'vm' | undefined },
>(r: T) {
  return { ...r, isolation: r.isolation ?? defaultIsolation(r.engine) };
}

/** The complete schemas: object schema plus the defaults that depend on another field. */
export const NODE_SCHEMAS = {
  site: objects.site,
  server: objects.server,
  hypervisor: objects.hypervisor.transform(deriveHypervisorType),
  vm: objects.vm,
  runtime: objects.runtime.transform(deriveIsolation),
  container: objects.container,
} as const;

/** What a schema yields: a node whose `name` may still be missing. */
export type ParsedNode<K extends NodeKind = NodeKind> = K extends NodeKind
  ? Omit<NodeOfKind<K>, 'name'> & { readonly name?: string | undefined }
  : never;

// The schemas and the node types in model/nodes.ts must describe the same thing.
type SchemaOutput<K extends NodeKind> = z.output<(typeof NODE_SCHEMAS)[K]>;
type Agrees<K extends NodeKind> = [SchemaOutput<K>] extends [ParsedNode<K>]
  ? [ParsedNode<K>] extends [SchemaOutput<K>]
    ? true
    : false
  : false;
const schemasAgreeWithTypes: { [K in NodeKind]: Agrees<K> } = {
  site: true,
  server: true,
  hypervisor: true,
  vm: true,
  runtime: true,
  container: true,
};
void schemasAgreeWithTypes;

/** Keys every node has, in the order a file writes them around the kind's own fields. */
export const NODE_HEAD_KEYS = ['id', 'kind', 'parentId', 'name'] as const;
export const NODE_TAIL_KEYS = ['position', 'size', 'notes'] as const;

const edgeKeys = new Set<string>([...NODE_HEAD_KEYS, ...NODE_TAIL_KEYS]);

/** Each kind's own fields in SPEC order, read off its schema. */
export const NODE_FIELD_ORDER: { readonly [K in NodeKind]: readonly string[] } = {
  site: kindKeys('site'),
  server: kindKeys('server'),
  hypervisor: kindKeys('hypervisor'),
  vm: kindKeys('vm'),
  runtime: kindKeys('runtime'),
  container: kindKeys('container'),
};

function kindKeys(kind: NodeKind): readonly string[] {
  return Object.keys(NODE_OBJECT_SCHEMAS[kind].shape).filter((key) => !edgeKeys.has(key));
}

export type NodeParse =
  | { readonly ok: true; readonly node: ParsedNode }
  | {
      readonly ok: false;
      readonly path: readonly PropertyKey[];
      readonly reason: string;
      readonly said: Message;
    };

type FastParse = (value: unknown) => ParsedNode | undefined;

function fastParser(kind: NodeKind, finish?: (node: never) => object): FastParse {
  const read = objectReader(NODE_FIELDS[kind]);
  return (value) => {
    const out = read(value);
    if (out === REJECT) return undefined;
    return (finish ? finish(out as never) : out) as ParsedNode;
  };
}

/** Readers that yield what NODE_SCHEMAS would, for plain values (see fields.ts). */
export const FAST_NODE_PARSERS: { readonly [K in NodeKind]: FastParse } = {
  site: fastParser('site'),
  server: fastParser('server'),
  hypervisor: fastParser('hypervisor', deriveHypervisorType),
  vm: fastParser('vm'),
  runtime: fastParser('runtime', deriveIsolation),
  container: fastParser('container'),
};

/** Parses one node already known to be of `kind`: the fast reader, else the schema (and its error). */
export function parseNodeOfKind(kind: NodeKind, value: unknown): NodeParse {
  const fast = FAST_NODE_PARSERS[kind](value);
  if (fast !== undefined) return { ok: true, node: fast };
  const schema: z.ZodType<ParsedNode> = NODE_SCHEMAS[kind];
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, node: result.data };
  return { ok: false, ...firstIssue(result.error) };
}

export type NodePatchResult =
  | { readonly ok: true; readonly node: PlanNode }
  | { readonly ok: false; readonly field: string; readonly reason: string };

/**
 * The inspector's in-place check: `node` with `patch` applied, validated by its kind's schema.
 * A patch value of `undefined` removes an optional field (position, size, notes) or restores a
 * kind field's default. A new product or engine re-derives the hypervisor type or isolation
 * unless the patch sets them too. `id` and `kind` cannot be patched.
 */
export function checkNodePatch(
  node: PlanNode,
  patch: Readonly<Record<string, unknown>>,
): NodePatchResult {
  for (const fixed of ['id', 'kind'] as const) {
    if (fixed in patch && patch[fixed] !== node[fixed]) {
      return { ok: false, field: fixed, reason: 'cannot be changed' };
    }
  }
  const merged: Record<string, unknown> = { ...node, ...patch };
  if (
    node.kind === 'hypervisor' &&
    changes(patch, 'product', node.product) &&
    !('hypervisorType' in patch)
  ) {
    delete merged.hypervisorType;
  }
  if (node.kind === 'runtime' && changes(patch, 'engine', node.engine) && !('isolation' in patch)) {
    delete merged.isolation;
  }
  if (typeof merged.name !== 'string')
    return { ok: false, field: 'name', reason: 'must be a string' };
  const parsed = parseNodeOfKind(node.kind, merged);
  if (!parsed.ok)
    return { ok: false, field: formatField(parsed.path) || 'node', reason: parsed.reason };
  return { ok: true, node: dropUndefined(parsed.node) as PlanNode };
}

function changes(patch: Readonly<Record<string, unknown>>, key: string, current: unknown): boolean {
  return key in patch && patch[key] !== undefined && patch[key] !== current;
}

function dropUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}
