import { describe, expect, it } from 'vitest';
import { hypervisor, plan, server, vm, withNode } from '../test-support/planBuilder';
import { changeList } from './changeList';
import { nodeChanges } from './nodeChanges';

const asIs = plan([
  server('s1', null),
  hypervisor('h1', 's1', { cluster: 'prod' }),
  vm('v1', 'h1'),
  vm('v2', 'h1'),
  server('s2', null),
  hypervisor('h2', 's2', { cluster: 'prod' }),
  vm('v3', 'h2'),
  server('s3', null),
  hypervisor('h3', 's3', { cluster: 'prod' }),
]);

describe('changeList', () => {
  it('says which workloads changed host, which nodes were resized, and which servers retired', () => {
    let toBe = withNode(asIs, 'v3', (n) => ({ ...n, parentId: 'h1' }));
    toBe = withNode(toBe, 'v1', (n) => ({ ...n, ramGiB: 32, name: 'erp' }));
    toBe = { ...toBe, nodes: toBe.nodes.filter((n) => !['s3', 'h3'].includes(n.id)) };
    toBe = { ...toBe, nodes: [...toBe.nodes, vm('v9', 'h2')] };
    const list = changeList(asIs, toBe, nodeChanges(asIs, toBe));
    expect(list.workloadsMoved).toEqual([
      {
        id: 'v3',
        name: 'v3',
        kind: 'vm',
        fromHost: { id: 's2', name: 's2', kind: 'server' },
        toHost: { id: 's1', name: 's1', kind: 'server' },
      },
    ]);
    expect(list.resized).toEqual([{ id: 'v1', name: 'erp', kind: 'vm', fields: ['ramGiB'] }]);
    expect(list.hostsRetired).toEqual([{ id: 's3', name: 's3', kind: 'server' }]);
    expect(list.removed.map((n) => n.id)).toEqual(['h3', 's3']);
    expect(list.added.map((n) => n.id)).toEqual(['v9']);
    expect(list.changedIds).toEqual(['v1', 'v3', 'v9']);
  });

  it('does not call a move between hypervisors of one server a change of host', () => {
    const twoHv = plan([
      server('s', null),
      hypervisor('a', 's'),
      hypervisor('b', 's'),
      vm('v', 'a'),
    ]);
    const moved = withNode(twoHv, 'v', (n) => ({ ...n, parentId: 'b' }));
    const list = changeList(twoHv, moved, nodeChanges(twoHv, moved));
    expect(list.workloadsMoved).toEqual([]);
    expect(list.changedIds).toEqual(['v']);
  });
});
