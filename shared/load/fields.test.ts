import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FAST_NODE_PARSERS, NODE_SCHEMAS, type ParsedNode } from './nodeSchemas';
import { kindArb, nodeFieldsArb, validDocArb } from './testArbitraries';

// The fast readers must never accept what the schema refuses, and must yield exactly what
// the schema yields; the schema stays the rule (and the voice of every error).

const KEYS = [
  'id',
  'kind',
  'parentId',
  'name',
  'role',
  'cpuCores',
  'ramGiB',
  'os',
  'workload',
  'service',
  'product',
  'hypervisorType',
  'cluster',
  'reservedCpuCores',
  'reservedRamGiB',
  'vcpu',
  'engine',
  'isolation',
  'image',
  'cpu',
  'osFamily',
  'position',
  'size',
  'notes',
] as const;

const nearMiss = fc.oneof(
  fc.constantFrom<unknown>(
    0,
    -0,
    -1,
    1,
    2,
    3,
    0.5,
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e308,
    0.001,
    0.000999,
    768,
    768.5,
    1024,
    1024.001,
    4096,
    4097,
    65_536,
    65_537,
    1e7,
    -1e7,
    -1e7 - 1,
    '',
    '1',
    'vm',
    'primary',
    'linux',
    'windows',
    'vm',
    'shared-kernel',
    null,
    undefined,
    true,
    {},
    [],
    [1],
    { family: 'linux' },
    { family: 'solaris' },
    { family: 'bsd', name: 3 },
    { family: 'unix', version: null },
    { x: 1 },
    { x: 1, y: Number.NaN },
    { x: -0, y: 2 },
    { width: 1, height: 0 },
    { width: 2, height: 3 },
  ),
  fc.anything({ maxDepth: 1 }),
);

const candidate = kindArb.chain((kind) =>
  fc
    .record({
      fields: nodeFieldsArb(kind),
      parentId: fc.oneof(fc.constant(undefined), fc.constant(null), fc.string()),
      changes: fc.array(fc.tuple(fc.constantFrom(...KEYS), nearMiss), { maxLength: 3 }),
    })
    .map(({ fields, parentId, changes }) => {
      const value: Record<string, unknown> = { ...fields, id: 'n1', kind, parentId };
      for (const [key, v] of changes) value[key] = v;
      return { kind, value };
    }),
);

function withoutUndefined(node: object): object {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined));
}

describe('fast node readers', () => {
  it('accept exactly what the schema accepts, and yield the same node', () => {
    fc.assert(
      fc.property(candidate, ({ kind, value }) => {
        const fast = FAST_NODE_PARSERS[kind](value);
        const schema: z.ZodType<ParsedNode> = NODE_SCHEMAS[kind];
        const slow = schema.safeParse(value);
        expect(fast !== undefined).toBe(slow.success);
        // zod keeps an optional key given as `undefined`; the reader leaves it out.
        if (slow.success) expect(fast).toStrictEqual(withoutUndefined(slow.data));
      }),
      { numRuns: 3000 },
    );
  });

  it('read every node of a valid file (the fast path is the common path)', () => {
    fc.assert(
      fc.property(validDocArb(), (doc) => {
        for (const node of doc.nodes as Record<string, unknown>[]) {
          expect(FAST_NODE_PARSERS[node.kind as ParsedNode['kind']](node)).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('copy objects instead of sharing them', () => {
    const value = {
      id: 'v',
      kind: 'vm',
      os: { family: 'linux', name: 'Debian', version: '12' },
      position: { x: 1, y: 2 },
    };
    const node = FAST_NODE_PARSERS.vm(value) as Record<string, unknown>;
    expect(node.os).not.toBe(value.os);
    expect(node.position).not.toBe(value.position);
    const a = FAST_NODE_PARSERS.vm({ id: 'a', kind: 'vm' }) as Record<string, unknown>;
    const b = FAST_NODE_PARSERS.vm({ id: 'b', kind: 'vm' }) as Record<string, unknown>;
    expect(a.os).toEqual(b.os);
    expect(a.os).not.toBe(b.os);
  });
});
