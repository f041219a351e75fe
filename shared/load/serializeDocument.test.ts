import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleScenarioSet } from '../model/scenarios';
import { loadDocument } from './loadDocument';
import { loadPlan } from './loadPlan';
import { serializeDocument } from './serializeDocument';
import { serializePlan } from './serialize';
import { validDocArb } from './testArbitraries';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.strata'));

function document(text: string) {
  const result = loadDocument(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

describe('serializeDocument', () => {
  it('writes format, version 2, name, scenarios, activeScenario; a scenario id and name first', () => {
    const result = loadPlan({ format: 'strata-plan', version: 1, name: 'R', nodes: [] });
    if (!result.ok) throw new Error(result.error.message);
    const text = serializeDocument(singleScenarioSet(result.plan));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'name',
      'scenarios',
      'activeScenario',
    ]);
    expect(parsed.version).toBe(2);
    const [scenario] = parsed.scenarios as Record<string, unknown>[];
    expect(Object.keys(scenario ?? {})).toEqual(['id', 'name', 'settings', 'nodes', 'links']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it.each(examples)('%s: version 1 → 2 → load → save gives the same plans and text', (name) => {
    const text = readFileSync(new URL(name, EXAMPLES), 'utf8');
    const first = document(text);
    const saved = serializeDocument(first);
    const second = document(saved);
    expect(second).toStrictEqual(first);
    expect(serializeDocument(second)).toBe(saved);
    if ((JSON.parse(text) as { version: number }).version === 1) {
      // The migration changes the envelope only: the scenario is the version-1 file's plan.
      const plan = loadPlan(text);
      expect(plan.ok && second.scenarios).toStrictEqual([
        { id: 'as-is', name: 'As is', plan: plan.ok && plan.plan },
      ]);
      // The plan's body is written as a version-1 file writes it.
      const body = JSON.parse(serializePlan(plan.ok ? plan.plan : second.scenarios[0]!.plan));
      const scenario = (JSON.parse(saved) as { scenarios: Record<string, unknown>[] }).scenarios[0];
      expect(scenario).toEqual({
        id: 'as-is',
        name: 'As is',
        settings: body.settings,
        nodes: body.nodes,
        links: body.links,
        ...(body.view ? { view: body.view } : {}),
      });
    }
  });

  it('load → save → load is identical for any plans, and save → load → save the same text', () => {
    fc.assert(
      fc.property(
        fc.array(validDocArb({ maxNodes: 8, maxLinks: 4 }), { minLength: 1, maxLength: 4 }),
        fc.string(),
        fc.nat(),
        (docs, name, activeIndex) => {
          const scenarios = docs.map((doc, i) => {
            const { format: _f, version: _v, name: _n, ...body } = doc;
            return { ...body, id: `s${i}`, name: `Scenario ${String(name)} ${i}` };
          });
          const input = {
            format: 'strata-plan',
            version: 2,
            name,
            scenarios,
            activeScenario: `s${activeIndex % scenarios.length}`,
          };
          const first = document(JSON.stringify(input));
          const text = serializeDocument(first);
          const second = document(text);
          expect(second).toStrictEqual(first);
          expect(serializeDocument(second)).toBe(text);
        },
      ),
      { numRuns: 150 },
    );
  });
});
