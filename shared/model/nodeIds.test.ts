import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import { serializePlan } from '../load/serialize';
import { estate, node } from '../test-support/plans';
import { activeScenarioOf } from './scenarioSet';
import { idIndexOf } from './nodeIds';

describe('idIndexOf', () => {
  it('gives each id its index, the last one when an id repeats', () => {
    const nodes = [node('site', 'a', null), node('server', 'b', 'a'), node('vm', 'a', 'b')];
    expect([...idIndexOf(nodes)]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('hands on the loader’s index for a loaded plan, the same as built afresh', () => {
    const loaded = loadDocument(serializePlan(estate(2, 3, 4)));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { nodes } = activeScenarioOf(loaded.document).plan;
    const index = idIndexOf(nodes);
    expect(idIndexOf(nodes)).toBe(index);
    expect([...index].sort()).toEqual(nodes.map((n, i) => [n.id, i] as const).sort());
  });
});
