import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/load/loadDocument';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { emptyPlan, makeNode } from '../../shared/model/defaults';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { createScenarioModel } from './scenarioModel';

const base = emptyPlan('Rack');
const server = makeNode('server', { id: 's1', parentId: null });
const set: ScenarioSet = {
  name: 'Rack',
  scenarios: [
    { id: 'as-is', name: 'As is', plan: { ...base, nodes: [server] } },
    { id: 'to-be', name: 'To be', plan: base },
    { id: 'later', name: 'Later', plan: base },
  ],
  activeScenario: 'to-be',
};

function reloaded(text: string): ScenarioSet {
  const result = loadDocument(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

describe("a document's scenarios around the plan on the canvas", () => {
  it('are the plan alone, as one scenario "As is", for a plan of its own', () => {
    const model = createScenarioModel(base);
    const doc = reloaded(model.text(base, { x: 1, y: 2, zoom: 1 }));
    expect(doc.scenarios).toEqual([
      { id: 'as-is', name: 'As is', plan: { ...base, view: { x: 1, y: 2, zoom: 1 } } },
    ]);
  });

  it("write every scenario back, with the canvas's edited and renamed plan in place of the active one", () => {
    const model = createScenarioModel(base);
    model.reset(set, base);
    const edited = { ...base, name: 'Rack B', nodes: [server] };
    const doc = reloaded(model.text(edited, null));
    expect(doc.name).toBe('Rack B');
    expect(doc.activeScenario).toBe('to-be');
    expect(doc.scenarios.map((s) => [s.id, s.name, s.plan.nodes.length, s.plan.name])).toEqual([
      ['as-is', 'As is', 1, 'Rack B'],
      ['to-be', 'To be', 1, 'Rack B'],
      ['later', 'Later', 0, 'Rack B'],
    ]);
    // A new plan forgets them.
    model.reset(null, base);
    expect(reloaded(model.text(base, null)).scenarios).toHaveLength(1);
  });

  it('write an unchanged document as it was read', () => {
    const text = serializeDocument(set);
    const model = createScenarioModel(base);
    model.reset(reloaded(text), base);
    expect(model.text(reloaded(text).scenarios[1]!.plan, null)).toBe(text);
  });
});
