import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { NODE_SCHEMAS, type ParsedNode } from '../load/nodeSchemas';
import { kindArb, nodeFieldsArb } from '../load/testArbitraries';
import {
  DEFAULT_PLAN_NAME,
  emptyPlan,
  makeNode,
  nextNodeName,
  NODE_DEFAULTS,
  type MakeNodeFields,
} from './defaults';
import { NODE_KINDS, type NodeKind, type PlanNode } from './nodes';
import { DEFAULT_SETTINGS } from './settings';

function parse(kind: NodeKind, value: Record<string, unknown>): ParsedNode {
  const schema: z.ZodType<ParsedNode> = NODE_SCHEMAS[kind];
  return schema.parse(value);
}

describe('makeNode', () => {
  it('builds the same node as the loader fills from the same fields (no drift)', () => {
    for (const kind of NODE_KINDS) {
      expect(makeNode(kind, { id: 'x', parentId: null, name: 'N' })).toStrictEqual(
        parse(kind, { id: 'x', kind, parentId: null, name: 'N' }),
      );
    }
  });

  it('agrees with the schema for any subset of fields', () => {
    fc.assert(
      fc.property(
        kindArb.chain((kind) => nodeFieldsArb(kind).map((fields) => ({ kind, fields }))),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        ({ kind, fields }, keep) => {
          // Complete the file's fields (OS names and all), then keep a random subset of them.
          const full = parse(kind, {
            ...fields,
            id: 'x',
            kind,
            parentId: 'p',
          }) as unknown as Record<string, unknown>;
          const subset: Record<string, unknown> = { id: 'x', parentId: 'p', name: 'N' };
          Object.keys(full).forEach((key, i) => {
            if (keep[i] && key !== 'kind') subset[key] = full[key];
          });
          const made = makeNode(kind, subset as MakeNodeFields<NodeKind>);
          expect(made).toStrictEqual(parse(kind, { ...subset, kind }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fills the SPEC defaults and derives type and isolation from the catalog', () => {
    expect(
      makeNode('hypervisor', { id: 'h', parentId: 's', product: 'Parallels' }).hypervisorType,
    ).toBe(2);
    expect(makeNode('hypervisor', { id: 'h', parentId: 's' })).toMatchObject({
      product: 'VMware ESXi',
      hypervisorType: 1,
    });
    expect(
      makeNode('runtime', { id: 'r', parentId: 's', engine: 'Hyper-V Containers' }).isolation,
    ).toBe('vm');
    expect(makeNode('container', { id: 'c', parentId: 'r' })).toMatchObject({
      cpu: 0.5,
      ramGiB: 0.5,
      osFamily: 'linux',
      image: '',
    });
    expect(makeNode('server', { id: 's', parentId: null }).name).toBe('Server 1');
  });

  it('gives each node its own OS object', () => {
    const a = makeNode('vm', { id: 'a', parentId: 'h' });
    const b = makeNode('vm', { id: 'b', parentId: 'h' });
    expect(a.os).toEqual(NODE_DEFAULTS.vm.os);
    expect(a.os).not.toBe(b.os);
    expect(a.os).not.toBe(NODE_DEFAULTS.vm.os);
  });
});

describe('nextNodeName', () => {
  it('numbers after the nodes of the same kind', () => {
    const nodes: PlanNode[] = [
      makeNode('vm', { id: 'a', parentId: 'h' }),
      makeNode('server', { id: 's', parentId: null }),
      makeNode('vm', { id: 'b', parentId: 'h' }),
    ];
    expect(nextNodeName(nodes, 'vm')).toBe('VM 3');
    expect(nextNodeName(nodes, 'site')).toBe('Site 1');
  });
});

describe('emptyPlan', () => {
  it('is a current, empty plan with default settings', () => {
    const plan = emptyPlan();
    expect(plan).toEqual({
      format: 'strata-plan',
      version: 1,
      name: DEFAULT_PLAN_NAME,
      settings: DEFAULT_SETTINGS,
      nodes: [],
      links: [],
    });
    expect(emptyPlan('Rack B').name).toBe('Rack B');
    expect(plan.settings).not.toBe(DEFAULT_SETTINGS);
  });
});
