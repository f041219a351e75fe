/**
 * fast-check arbitraries of valid `.strata` documents, for the loader's property tests only.
 * Documents use the file's freedoms: optional keys left out, OS names missing, unknown keys,
 * -0, odd ids. Parents always come earlier in the array, so there is never a cycle.
 */
import fc from 'fast-check';
import { BOUNDS, type NumberRange } from '../model/bounds';
import { NODE_KINDS, type NodeKind } from '../model/nodes';
import { OS_FAMILIES } from '../model/os';

type Doc = Record<string, unknown>;

/** Any number a file may hold in `range`, its extremes (and -0 where 0 is allowed) often. */
export function numberIn(range: NumberRange): fc.Arbitrary<number> {
  const extremes: number[] = [range.max];
  if (range.minExclusive !== true) extremes.push(range.min);
  if (range.min === 0 && range.minExclusive !== true) extremes.push(-0);
  const low = Math.max(range.min, -100_000);
  const high = Math.min(range.max, 100_000);
  return fc.oneof(
    fc.constantFrom(...extremes),
    fc.integer({
      min: Math.ceil(low + (range.minExclusive === true ? 1 : 0)),
      max: Math.floor(high),
    }),
    fc.double({
      min: range.min,
      max: range.max,
      minExcluded: range.minExclusive === true,
      noNaN: true,
      noDefaultInfinity: true,
    }),
  );
}

const b = BOUNDS;
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'prod', 'erp', '名前', '__proto__'),
);
const textOrNull = fc.oneof(fc.constant(null), text);

const os = fc.record(
  { family: fc.constantFrom(...OS_FAMILIES), name: text, version: text },
  { requiredKeys: ['family'] },
);

/** Keys a file may add that Strata does not know; they must be ignored. */
const unknownKeys = fc.dictionary(
  fc.constantFrom('x-color', 'comment', 'tags', 'extra'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);

const kindFields: { readonly [K in NodeKind]: fc.Arbitrary<Doc> } = {
  site: fc.record({ role: fc.constantFrom('primary', 'secondary') }, { requiredKeys: [] }),
  server: fc.record(
    {
      cpuCores: numberIn(b.cpuCores),
      ramGiB: numberIn(b.ramGiB),
      os: fc.oneof(fc.constant(null), os),
      workload: textOrNull,
      service: textOrNull,
    },
    { requiredKeys: [] },
  ),
  hypervisor: fc.record(
    {
      product: fc.oneof(
        fc.constantFrom('VMware ESXi', 'KVM', 'Oracle VirtualBox', 'Parallels'),
        text,
      ),
      hypervisorType: fc.constantFrom(1, 2),
      cluster: textOrNull,
      reservedCpuCores: numberIn(b.reservedCpuCores),
      reservedRamGiB: numberIn(b.reservedRamGiB),
    },
    { requiredKeys: [] },
  ),
  vm: fc.record(
    {
      vcpu: numberIn(b.vcpu),
      ramGiB: numberIn(b.ramGiB),
      os,
      workload: textOrNull,
      service: textOrNull,
    },
    { requiredKeys: [] },
  ),
  runtime: fc.record(
    {
      engine: fc.oneof(
        fc.constantFrom('Docker', 'Kata Containers', 'Hyper-V Containers', 'Podman'),
        text,
      ),
      isolation: fc.constantFrom('shared-kernel', 'vm'),
    },
    { requiredKeys: [] },
  ),
  container: fc.record(
    {
      image: text,
      cpu: numberIn(b.containerCpu),
      ramGiB: numberIn(b.containerRamGiB),
      osFamily: fc.constantFrom('linux', 'windows'),
      workload: textOrNull,
      service: textOrNull,
    },
    { requiredKeys: [] },
  ),
};

const commonFields = fc.record(
  {
    name: text,
    position: fc.record({ x: numberIn(b.coordinate), y: numberIn(b.coordinate) }),
    size: fc.record({ width: numberIn(b.extent), height: numberIn(b.extent) }),
    notes: text,
  },
  { requiredKeys: [] },
);

/** The fields of one node of `kind`, without id and parent (as a file may write them). */
export function nodeFieldsArb(kind: NodeKind): fc.Arbitrary<Doc> {
  return fc
    .tuple(kindFields[kind], commonFields, unknownKeys)
    .map(([own, common, extra]) => ({ ...extra, ...own, ...common }));
}

export const kindArb: fc.Arbitrary<NodeKind> = fc.constantFrom(...NODE_KINDS);

const nodeShape = kindArb.chain((kind) => nodeFieldsArb(kind).map((fields) => ({ kind, fields })));

const hours = numberIn(b.patchHours);

const settingsArb = fc.record(
  {
    cpuOvercommitLimit: numberIn(b.cpuOvercommitLimit),
    ramOvercommitLimit: numberIn(b.ramOvercommitLimit),
    patchCyclesPerYear: numberIn(b.patchCyclesPerYear),
    patchHours: fc.record(
      {
        hostOs: fc.record({ linux: hours, windows: hours, bsd: hours }, { requiredKeys: [] }),
        hypervisor: hours,
        guestOs: fc.record({ unix: hours, other: hours }, { requiredKeys: [] }),
        runtime: hours,
        image: hours,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const viewArb = fc.record({
  x: numberIn(b.viewOffset),
  y: numberIn(b.viewOffset),
  zoom: numberIn(b.zoom),
});

const idArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'vm-1', 's1'),
);

export interface DocOptions {
  readonly maxNodes?: number;
  readonly maxLinks?: number;
}

/** A valid `.strata` document as a parsed JSON value. */
export function validDocArb({ maxNodes = 25, maxLinks = 15 }: DocOptions = {}): fc.Arbitrary<Doc> {
  return fc
    .uniqueArray(idArb, { minLength: 0, maxLength: maxNodes })
    .chain((ids) =>
      fc.record({
        shapes: fc.array(nodeShape, { minLength: ids.length, maxLength: ids.length }),
        // For node i: a parent among nodes 0..i-1, or none (-1).
        parents: fc.array(fc.nat(), { minLength: ids.length, maxLength: ids.length }),
        writeNullParent: fc.boolean(),
        links:
          ids.length === 0
            ? fc.constant([])
            : fc.uniqueArray(
                fc.record({
                  id: idArb,
                  from: fc.constantFrom(...ids),
                  to: fc.constantFrom(...ids),
                }),
                { maxLength: maxLinks, selector: (l) => l.id },
              ),
        top: fc.record(
          { name: text, settings: settingsArb, view: viewArb, links: fc.constant(true) },
          { requiredKeys: [] },
        ),
        extra: unknownKeys,
        ids: fc.constant(ids),
      }),
    )
    .map(({ shapes, parents, writeNullParent, links, top, extra, ids }) => {
      const nodes = ids.map((id, i) => {
        const shape = shapes[i] as { kind: NodeKind; fields: Doc };
        const choice = (parents[i] as number) % (i + 1);
        const parentId = choice === i ? null : ids[choice];
        const parent = parentId === null && !writeNullParent ? {} : { parentId };
        return { ...shape.fields, id, kind: shape.kind, ...parent };
      });
      const { links: withLinks, ...rest } = top;
      const doc: Doc = { ...extra, format: 'strata-plan', version: 1, ...rest, nodes };
      if (withLinks || links.length > 0) doc.links = links;
      return doc;
    });
}

/** A valid document with one value somewhere replaced by anything, or one key removed. */
export function mutatedDocArb(): fc.Arbitrary<Doc> {
  return fc
    .record({
      doc: validDocArb({ maxNodes: 8, maxLinks: 4 }),
      where: fc.nat(),
      key: fc.constantFrom(
        'id',
        'kind',
        'parentId',
        'name',
        'role',
        'cpuCores',
        'ramGiB',
        'os',
        'product',
        'hypervisorType',
        'reservedCpuCores',
        'vcpu',
        'engine',
        'isolation',
        'cpu',
        'osFamily',
        'position',
        'size',
        'notes',
        'from',
        'to',
        'format',
        'version',
        'settings',
        'view',
        'nodes',
        'links',
      ),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant(undefined),
        fc.anything({ maxDepth: 1 }),
      ),
    })
    .map(({ doc, where, key, value }) => {
      const nodes = doc.nodes as Doc[];
      const links = (doc.links as Doc[] | undefined) ?? [];
      const targets: Doc[] = [doc, ...nodes, ...links];
      const target = { ...(targets[where % targets.length] as Doc) };
      if (value === undefined) delete target[key];
      else target[key] = value;
      const index = where % targets.length;
      if (index === 0) return target;
      if (index <= nodes.length)
        return { ...doc, nodes: nodes.map((n, i) => (i === index - 1 ? target : n)) };
      return { ...doc, links: links.map((l, i) => (i === index - 1 - nodes.length ? target : l)) };
    });
}
