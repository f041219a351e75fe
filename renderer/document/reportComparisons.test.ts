import { describe, expect, it } from 'vitest';
import { deleteSubtrees } from '../../shared/edit';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { singleScenarioSet } from '../../shared/model/scenarios';
import { node, plan } from '../../shared/test-support/plans';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { reportComparisons } from './reportComparisons';
import { createTestDocument } from './testDocument';

const base = plan([node('server', 'a', null), node('server', 'b', null)]);
const set: ScenarioSet = {
  name: base.name,
  scenarios: [
    { id: 'as-is', name: 'As is', plan: base },
    { id: 'to-be', name: 'To be', plan: base },
    { id: 'later', name: 'Later', plan: base },
  ],
  activeScenario: 'to-be',
};

const pairs = (list: ReturnType<typeof reportComparisons>) =>
  list.map((c) => `${c.fromName} → ${c.toName}`);

describe('the comparisons of a report exported from the app', () => {
  it('are the first scenario against each other one, the live edits included', () => {
    const doc = createTestDocument(base);
    doc.open(base, set);
    run(doc, deleteSubtrees(getPlan(doc), ['b']));
    const list = reportComparisons(doc);
    expect(pairs(list)).toEqual(['As is → To be', 'As is → Later']);
    expect(list[0]?.figures.find((f) => f.key === 'consolidation.servers')?.delta).toBe(-1);
    expect(list[0]?.lines.map((l) => `${l.what} ${l.name}`)).toEqual([
      'Removed b',
      'Host retired b',
    ]);
  });

  it("are the Compare view's pair while it is open, another file's scenario included", () => {
    const doc = createTestDocument(base);
    doc.open(base, set);
    doc.ui.setState({ compare: true });
    expect(pairs(reportComparisons(doc))).toEqual(['As is → To be']);
    const other = singleScenarioSet({ ...base, nodes: [node('server', 'a', null)] });
    doc.compare.setState({
      from: { source: 'this', scenario: 'later' },
      to: { source: 'other', scenario: 'as-is' },
      other: { name: 'b.strata', set: other },
    });
    const [only] = reportComparisons(doc);
    expect(pairs(reportComparisons(doc))).toEqual(['Later → As is (b.strata)']);
    expect(only?.lines.map((l) => l.what)).toEqual(['Removed', 'Host retired']);
  });

  it('are none for a plan of one scenario', () => {
    const doc = createTestDocument(base);
    expect(reportComparisons(doc)).toEqual([]);
  });
});
