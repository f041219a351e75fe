import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import { serializeDocument } from '../load/serializeDocument';
import { emptyPlan, makeNode } from './defaults';
import {
  activateScenario,
  addScenario,
  appendScenario,
  deleteScenario,
  duplicateScenario,
  moveScenario,
  renameScenario,
} from './scenarioEdits';
import { singleScenarioSet, type ScenarioSet } from './scenarios';

const plan = { ...emptyPlan('Rack'), nodes: [makeNode('server', { id: 's1', parentId: null })] };
const one = singleScenarioSet(plan);

const ids = (set: ScenarioSet): string[] => set.scenarios.map((s) => s.id);
const names = (set: ScenarioSet): string[] => set.scenarios.map((s) => s.name);

function must<T>(value: T | null): T {
  if (value === null) throw new Error('refused');
  return value;
}

describe('scenario edits', () => {
  it('duplicates a scenario after it, with the same nodes and ids, and makes it active', () => {
    const { set, id } = must(duplicateScenario(one, 'as-is'));
    expect(id).toBe('as-is-2');
    expect(names(set)).toEqual(['As is', 'As is (2)']);
    expect(set.activeScenario).toBe('as-is-2');
    expect(set.scenarios[1]?.plan).toBe(plan);
    const again = must(duplicateScenario(set, 'as-is'));
    expect(ids(again.set)).toEqual(['as-is', 'as-is-3', 'as-is-2']);
    expect(names(again.set)).toEqual(['As is', 'As is (3)', 'As is (2)']);
  });

  it('appends a scenario made elsewhere, made active, unless its id is taken', () => {
    const made = { id: 'consolidated', name: 'Consolidated: …', plan };
    const { set, id } = must(appendScenario(one, made));
    expect(id).toBe('consolidated');
    expect(ids(set)).toEqual(['as-is', 'consolidated']);
    expect(set.activeScenario).toBe('consolidated');
    expect(set.scenarios[0]).toBe(one.scenarios[0]);
    expect(appendScenario(set, { ...made, name: 'again' })).toBeNull();
  });

  it('adds an empty scenario at the end with the settings it is given', () => {
    const settings = { ...plan.settings, cpuOvercommitLimit: 8 };
    const { set, id } = addScenario(one, { ...plan, settings });
    expect(id).toBe('scenario-2');
    expect(names(set)).toEqual(['As is', 'Scenario 2']);
    expect(set.scenarios[1]?.plan).toMatchObject({ name: 'Rack', nodes: [], settings });
  });

  it('renames, refusing an empty name', () => {
    const { set } = must(renameScenario(one, 'as-is', '  Today '));
    expect(names(set)).toEqual(['Today']);
    expect(ids(set)).toEqual(['as-is']);
    expect(renameScenario(one, 'as-is', '  ')).toBeNull();
    expect(renameScenario(one, 'nope', 'x')).toBeNull();
  });

  it('deletes any but the last scenario; the next one becomes active when the active one goes', () => {
    expect(deleteScenario(one, 'as-is')).toBeNull();
    const three = must(duplicateScenario(must(duplicateScenario(one, 'as-is')).set, 'as-is-2')).set;
    expect(ids(three)).toEqual(['as-is', 'as-is-2', 'as-is-2-2']);
    const active = must(activateScenario(three, 'as-is-2')).set;
    expect(must(deleteScenario(active, 'as-is-2'))).toMatchObject({ id: 'as-is-2-2' });
    expect(must(deleteScenario(three, 'as-is-2-2')).set.activeScenario).toBe('as-is-2');
    expect(must(deleteScenario(active, 'as-is')).set.activeScenario).toBe('as-is-2');
  });

  it('reorders, clamping the position', () => {
    const three = must(duplicateScenario(must(duplicateScenario(one, 'as-is')).set, 'as-is-2')).set;
    expect(ids(must(moveScenario(three, 'as-is', 9)).set)).toEqual([
      'as-is-2',
      'as-is-2-2',
      'as-is',
    ]);
    expect(ids(must(moveScenario(three, 'as-is-2-2', 0)).set)).toEqual([
      'as-is-2-2',
      'as-is',
      'as-is-2',
    ]);
  });

  it('gives documents that save and load back the same', () => {
    const edited = must(
      renameScenario(must(duplicateScenario(one, 'as-is')).set, 'as-is-2', 'To be'),
    ).set;
    const loaded = loadDocument(serializeDocument(edited));
    expect(loaded.ok && loaded.document).toEqual(edited);
  });
});
