import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../diff/comparison';
import { emptyPlan } from '../model/defaults';
import type { ScenarioSet } from '../model/scenarios';
import { hypervisor, plan, server, vm } from '../test-support/planBuilder';
import { changeCell, comparisonPairs, comparisonRows } from './comparisonPage';

const scenario = (id: string) => ({ id, name: id.toUpperCase(), plan: emptyPlan('p') });
const set: ScenarioSet = {
  name: 'p',
  scenarios: [scenario('a'), scenario('b'), scenario('c')],
  activeScenario: 'b',
};

describe('the comparison page model', () => {
  it('compares the first scenario with each other one by default, or the pair given', () => {
    const ids = (pairs: ReturnType<typeof comparisonPairs>) =>
      pairs.map(([f, t]) => `${f.id}>${t.id}`);
    expect(ids(comparisonPairs(set))).toEqual(['a>b', 'a>c']);
    expect(ids(comparisonPairs(set, { from: set.scenarios[2] }))).toEqual(['c>a', 'c>b']);
    expect(ids(comparisonPairs(set, { to: set.scenarios[2] }))).toEqual(['a>c']);
    expect(ids(comparisonPairs({ ...set, scenarios: [scenario('a')] }))).toEqual([]);
  });

  it('says better and worse in words as well as colour', () => {
    const small = plan([server('s1', null), hypervisor('h1', 's1'), vm('v1', 'h1')]);
    const big = plan([...small.nodes, server('s2', null), hypervisor('h2', 's2'), vm('v2', 'h2')]);
    const c = compareScenarios({ name: 'Small', plan: small }, { name: 'Big', plan: big });
    const row = (key: string) => {
      const i = c.figures.findIndex((f) => f.key === key);
      return comparisonRows(c)[i];
    };
    expect(row('consolidation.servers')).toEqual([
      'Servers',
      '1',
      '2',
      { text: '+1, worse', tone: 'bad' },
    ]);
    expect(row('patching.osInstances')?.[3]).toEqual({ text: '+2, worse', tone: 'bad' });
    // Neither way is better: the change alone, uncoloured.
    expect(row('consolidation.workloads')?.[3]).toBe('+1');
    expect(row('consolidation.vmsPerHost')?.[3]).toBe('no change');
    const back = compareScenarios({ name: 'Big', plan: big }, { name: 'Small', plan: small });
    const servers = back.figures.find((f) => f.key === 'consolidation.servers');
    expect(servers && changeCell(servers)).toEqual({ text: '-1, better', tone: 'good' });
    // A figure one side lacks (no secondary site: no DR coverage).
    const dr = back.figures.find((f) => f.key === 'dr.coverage');
    expect(dr && changeCell(dr)).toBe('—');
  });
});
