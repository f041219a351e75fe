import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { container, hypervisor, plan, server, site, vm } from '../test-support/planBuilder';
import { findNodes, nodePath, searchIndex } from './nodeSearch';

const estate = plan([
  site('fra', { name: 'Frankfurt' }),
  server('s1', 'fra', { name: 'esx-01' }),
  hypervisor('h1', 's1', { name: 'ESXi prod' }),
  vm('v1', 'h1', { name: 'web-01', service: 'shop' }),
  vm('v2', 'h1', { name: 'api-web', service: 'Payments' }),
  vm('v3', 'h1', { name: 'db-01', service: null }),
  container('c1', 'v3', { name: 'cache', image: 'redis:7.2' }),
  server('web', null, { name: 'edge' }),
]);

describe('findNodes', () => {
  const index = searchIndex(estate);

  it('finds names, ids, services and images, in any case', () => {
    expect(findNodes(index, 'WEB').matches.map((m) => m.id)).toEqual(['v1', 'v2', 'web']);
    expect(findNodes(index, 'payments').matches).toEqual([
      { id: 'v2', kind: 'vm', name: 'api-web', field: 'service', text: 'Payments' },
    ]);
    expect(findNodes(index, 'Redis').matches.map((m) => [m.id, m.field])).toEqual([['c1', 'image']]);
    expect(findNodes(index, 's1').matches.map((m) => [m.id, m.field])).toEqual([['s1', 'id']]);
  });

  it('ranks an exact name, then names that start with the query, then the rest', () => {
    const ids = (q: string) => findNodes(index, q).matches.map((m) => m.id);
    expect(ids('web-01')).toEqual(['v1']);
    expect(ids('01')).toEqual(['s1', 'v1', 'v3']);
    expect(ids('web')).toEqual(['v1', 'v2', 'web']);
    expect(ids('esx')).toEqual(['s1', 'h1']);
  });

  it('finds nothing for an empty query and caps the list, counting every match', () => {
    expect(findNodes(index, '   ')).toEqual({ matches: [], total: 0 });
    const capped = findNodes(index, 'e', 2);
    expect(capped.matches).toHaveLength(2);
    expect(capped.total).toBe(findNodes(index, 'e').total);
  });

  it('builds the index once per plan object', () => {
    expect(searchIndex(estate)).toBe(index);
  });

  it('matches exactly the nodes whose fields hold the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 3 }), (q) => {
        const needle = q.trim().toLowerCase();
        fc.pre(needle !== '');
        const expected = estate.nodes.filter((n) =>
          [n.name, n.id, 'service' in n ? n.service ?? '' : '', n.kind === 'container' ? n.image : '']
            .some((f) => f.toLowerCase().includes(needle)),
        );
        const found = findNodes(index, q, 1000);
        expect(found.total).toBe(expected.length);
        expect(new Set(found.matches.map((m) => m.id))).toEqual(new Set(expected.map((n) => n.id)));
      }),
    );
  });
});

describe('nodePath', () => {
  it('names where a node sits, outermost first', () => {
    expect(nodePath(estate, 'c1')).toEqual(['Frankfurt', 'esx-01', 'ESXi prod', 'db-01']);
    expect(nodePath(estate, 'fra')).toEqual([]);
    expect(nodePath(estate, 'missing')).toEqual([]);
  });
});
