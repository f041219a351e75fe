import { afterEach, describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/load/loadDocument';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { emptyPlan, makeNode } from '../../shared/model/defaults';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { documentText, keepScenarios } from './scenarioDocument';

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

afterEach(() => keepScenarios(null));

describe('the document of the plan on the canvas', () => {
  it('is the plan alone, as one scenario "As is", when it came from no file of several', () => {
    const doc = reloaded(documentText(base, { x: 1, y: 2, zoom: 1 }));
    expect(doc.scenarios).toEqual([
      { id: 'as-is', name: 'As is', plan: { ...base, view: { x: 1, y: 2, zoom: 1 } } },
    ]);
  });

  it("writes every scenario back, with the canvas's edited and renamed plan in place of the active one", () => {
    keepScenarios(set);
    const edited = { ...base, name: 'Rack B', nodes: [server] };
    const doc = reloaded(documentText(edited, null));
    expect(doc.name).toBe('Rack B');
    expect(doc.activeScenario).toBe('to-be');
    expect(doc.scenarios.map((s) => [s.id, s.name, s.plan.nodes.length, s.plan.name])).toEqual([
      ['as-is', 'As is', 1, 'Rack B'],
      ['to-be', 'To be', 1, 'Rack B'],
      ['later', 'Later', 0, 'Rack B'],
    ]);
  });

  it('writes an unchanged document as it was read', () => {
    const text = serializeDocument(set);
    keepScenarios(reloaded(text));
    expect(documentText(reloaded(text).scenarios[1]!.plan, null)).toBe(text);
  });
});
