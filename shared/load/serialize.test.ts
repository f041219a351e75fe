import { describe, expect, it } from 'vitest';
import { emptyPlan, makeNode } from '../model/defaults';
import type { Plan } from '../model/plan';
import { loadPlan } from './loadPlan';
import { NODE_FIELD_ORDER } from './nodeSchemas';
import { planToDocument, serializePlan } from './serialize';

function load(doc: Record<string, unknown>): Plan {
  const result = loadPlan({ format: 'strata-plan', version: 1, ...doc });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('serializePlan', () => {
  it('writes the top level, settings and nodes in a fixed key order', () => {
    const plan = load({
      view: { zoom: 1.5, x: 3, y: 4 },
      links: [{ to: 'b', from: 'a', id: 'l1' }],
      nodes: [
        {
          notes: 'n',
          size: { height: 2, width: 1 },
          position: { y: 1, x: 0 },
          service: 'erp',
          os: { version: '2022', family: 'windows' },
          kind: 'vm',
          id: 'a',
        },
        { kind: 'server', id: 'b', workload: 'db' },
      ],
      name: 'P',
    });
    const doc = JSON.parse(serializePlan(plan)) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'name',
      'settings',
      'nodes',
      'links',
      'view',
    ]);
    expect(Object.keys(doc.settings as object)).toEqual([
      'cpuOvercommitLimit',
      'ramOvercommitLimit',
      'patchCyclesPerYear',
      'patchHours',
    ]);
    const nodes = doc.nodes as Record<string, unknown>[];
    expect(Object.keys(nodes[0] as object)).toEqual([
      'id',
      'kind',
      'parentId',
      'name',
      'vcpu',
      'ramGiB',
      'os',
      'workload',
      'service',
      'position',
      'size',
      'notes',
    ]);
    expect(nodes[0]?.os).toEqual({ family: 'windows', name: 'Windows', version: '2022' });
    expect(Object.keys(nodes[0]?.os as object)).toEqual(['family', 'name', 'version']);
    expect(Object.keys(nodes[0]?.position as object)).toEqual(['x', 'y']);
    expect(Object.keys(nodes[0]?.size as object)).toEqual(['width', 'height']);
    expect(nodes[1]).toEqual({
      id: 'b',
      kind: 'server',
      parentId: null,
      name: 'Server 1',
      cpuCores: 32,
      ramGiB: 256,
      os: null,
      workload: 'db',
      service: null,
    });
    expect(Object.keys((doc.links as object[])[0] as object)).toEqual(['id', 'from', 'to']);
    expect(Object.keys(doc.view as object)).toEqual(['x', 'y', 'zoom']);
  });

  it("writes each kind's fields in SPEC order", () => {
    expect(NODE_FIELD_ORDER).toEqual({
      site: ['role'],
      server: ['cpuCores', 'ramGiB', 'os', 'workload', 'service'],
      hypervisor: ['product', 'hypervisorType', 'cluster', 'reservedCpuCores', 'reservedRamGiB'],
      vm: ['vcpu', 'ramGiB', 'os', 'workload', 'service'],
      runtime: ['engine', 'isolation'],
      container: ['image', 'cpu', 'ramGiB', 'osFamily', 'workload', 'service'],
    });
  });

  it('leaves out position, size, notes and view when absent, and ends with a newline', () => {
    const text = serializePlan({
      ...emptyPlan('Empty'),
      nodes: [
        makeNode('site', { id: 's', parentId: null }),
        makeNode('server', { id: 'b', parentId: 's' }),
      ],
    });
    expect(text).toBe(`{
  "format": "strata-plan",
  "version": 1,
  "name": "Empty",
  "settings": {
    "cpuOvercommitLimit": 4,
    "ramOvercommitLimit": 1,
    "patchCyclesPerYear": 12,
    "patchHours": {
      "hostOs": {
        "linux": 1,
        "windows": 1.5,
        "unix": 1.5,
        "bsd": 1,
        "other": 1
      },
      "hypervisor": 2,
      "guestOs": {
        "linux": 0.5,
        "windows": 1,
        "unix": 1,
        "bsd": 0.5,
        "other": 0.5
      },
      "runtime": 0.25,
      "image": 0.1
    }
  },
  "nodes": [
    {"id":"s","kind":"site","parentId":null,"name":"Site 1","role":"primary"},
    {"id":"b","kind":"server","parentId":"s","name":"Server 1","cpuCores":32,"ramGiB":256,"os":null,"workload":null,"service":null}
  ],
  "links": []
}
`);
  });

  it('writes one node and one link per line, compact, and the view indented', () => {
    const text = serializePlan({
      ...emptyPlan('P'),
      nodes: [makeNode('site', { id: 's', parentId: null })],
      links: [
        { id: 'l1', from: 's', to: 's' },
        { id: 'l2', from: 's', to: 's' },
      ],
      view: { x: 1.5, y: -2, zoom: 0.75 },
    });
    expect(
      text.endsWith(`  "links": [
    {"id":"l1","from":"s","to":"s"},
    {"id":"l2","from":"s","to":"s"}
  ],
  "view": {
    "x": 1.5,
    "y": -2,
    "zoom": 0.75
  }
}
`),
    ).toBe(true);
  });

  it('writes only the fields it knows, whatever else a node object carries', () => {
    const node = {
      ...makeNode('runtime', { id: 'r', parentId: null }),
      selected: true,
    } as ReturnType<typeof makeNode<'runtime'>>;
    const doc = planToDocument({ ...emptyPlan(), nodes: [node] });
    expect(doc.nodes[0]).toEqual({
      id: 'r',
      kind: 'runtime',
      parentId: null,
      name: 'Runtime 1',
      engine: 'Docker',
      isolation: 'shared-kernel',
    });
  });
});
