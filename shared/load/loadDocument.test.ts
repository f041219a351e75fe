import { describe, expect, it } from 'vitest';
import { loadDocument } from './loadDocument';
import { loadPlan } from './loadPlan';

const server = (id: string, ramGiB = 64): Record<string, unknown> => ({
  id,
  kind: 'server',
  ramGiB,
});

function loaded(input: unknown) {
  const result = loadDocument(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

function refused(input: unknown): string {
  const result = loadDocument(input);
  if (result.ok) throw new Error('the file loaded; it should have been refused');
  return result.error.message;
}

const v2 = (scenarios: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'strata-plan',
  version: 2,
  name: 'Rack A',
  scenarios,
  ...extra,
});

describe('loadDocument', () => {
  it('loads every scenario as a whole plan named after the document', () => {
    const doc = loaded(
      v2(
        [
          { id: 'as-is', name: 'As is', nodes: [server('s1'), server('s2')] },
          {
            id: 'to-be',
            name: 'To be',
            settings: { cpuOvercommitLimit: 8 },
            nodes: [server('s1', 512)],
            view: { x: 1, y: 2, zoom: 0.5 },
          },
        ],
        { activeScenario: 'to-be' },
      ),
    );
    expect(doc.name).toBe('Rack A');
    expect(doc.activeScenario).toBe('to-be');
    expect(doc.scenarios.map((s) => [s.id, s.name, s.plan.name])).toEqual([
      ['as-is', 'As is', 'Rack A'],
      ['to-be', 'To be', 'Rack A'],
    ]);
    // The same node id in two scenarios is the same machine: allowed.
    expect(doc.scenarios[1]?.plan.nodes).toMatchObject([{ id: 's1', ramGiB: 512 }]);
    expect(doc.scenarios[1]?.plan.settings.cpuOvercommitLimit).toBe(8);
    expect(doc.scenarios[0]?.plan.settings.cpuOvercommitLimit).toBe(4);
    expect(doc.scenarios[1]?.plan.view).toEqual({ x: 1, y: 2, zoom: 0.5 });
  });

  it('fills in a missing name, scenario name and activeScenario', () => {
    const doc = loaded({
      format: 'strata-plan',
      version: 2,
      scenarios: [
        { id: 'a', nodes: [] },
        { id: 'b', nodes: [] },
      ],
    });
    expect(doc.name).toBe('Untitled plan');
    expect(doc.scenarios.map((s) => s.name)).toEqual(['Scenario 1', 'Scenario 2']);
    expect(doc.activeScenario).toBe('a');
  });

  it('opens a version-1 file as one scenario "As is", with its places unchanged', () => {
    const v1 = { format: 'strata-plan', version: 1, name: 'Old', nodes: [server('s1')] };
    const doc = loaded(v1);
    expect(doc.scenarios.map((s) => [s.id, s.name])).toEqual([['as-is', 'As is']]);
    expect(doc.activeScenario).toBe('as-is');
    const plan = loadPlan(v1);
    expect(plan.ok && doc.scenarios[0]?.plan).toStrictEqual(plan.ok && plan.plan);
    expect(refused({ ...v1, nodes: [server('s1', 0)] })).toBe(
      'nodes[0].ramGiB: must be a positive number',
    );
  });

  it('names the scenario in every place inside it', () => {
    const bad = (scenario: Record<string, unknown>) =>
      refused(
        v2([
          { id: 'ok', nodes: [] },
          { id: 'x', nodes: [], ...scenario },
        ]),
      );
    expect(bad({ settings: { cpuOvercommitLimit: 0 } })).toBe(
      'scenarios[1].settings.cpuOvercommitLimit: must be a positive number',
    );
    expect(bad({ view: { zoom: -1 } })).toBe('scenarios[1].view.zoom: must be a positive number');
    expect(bad({ nodes: undefined })).toBe(
      'scenarios[1].nodes: is missing (an empty plan has "nodes": [])',
    );
    expect(bad({ links: [{ id: 'l', from: 'a', to: 'b' }] })).toBe(
      'scenarios[1].links[0].from: no node has id "a"',
    );
    expect(bad({ nodes: [{ id: 'v', kind: 'vm', parentId: 'h' }] })).toBe(
      'scenarios[1].nodes[0].parentId: no node has id "h"',
    );
    expect(bad({ id: '' })).toBe('scenarios[1].id: must be a non-empty string');
    expect(bad({ id: undefined })).toBe('scenarios[1].id: is missing');
    expect(bad({ name: 3 })).toBe('scenarios[1].name: must be a string');
  });

  it('refuses a bad scenarios array and activeScenario', () => {
    expect(refused(v2('x' as unknown as unknown[]))).toBe('scenarios: must be an array');
    expect(refused(v2([{ id: 'a', nodes: [] }], { activeScenario: 7 }))).toBe(
      'activeScenario: must be a string (a scenario id)',
    );
    expect(refused(v2([{ id: 'a', nodes: [] }], { name: null }))).toBe('name: must be a string');
  });

  it('applies the node and link limits to the whole file', () => {
    const many = (n: number) => Array.from({ length: n }, () => ({}));
    expect(
      refused(
        v2([
          { id: 'a', nodes: many(60_000) },
          { id: 'b', nodes: many(40_001) },
        ]),
      ),
    ).toBe('scenarios: hold 100,001 nodes in all; Strata opens at most 100,000 in one file');
    expect(
      refused(
        v2([
          { id: 'a', nodes: [], links: many(100_000) },
          { id: 'b', nodes: [], links: many(100_001) },
        ]),
      ),
    ).toBe('scenarios: hold 200,001 links in all; Strata opens at most 200,000 in one file');
    expect(refused(v2([{ id: 'a', nodes: many(100_001) }]))).toBe(
      'scenarios[0].nodes: holds 100,001 nodes; Strata opens at most 100,000',
    );
  });
});

describe('loadPlan', () => {
  it('is the plan of the scenario a version-2 file opens on', () => {
    const result = loadPlan(
      v2(
        [
          { id: 'a', nodes: [server('s1')] },
          { id: 'b', nodes: [server('s2')] },
        ],
        { activeScenario: 'b' },
      ),
    );
    expect(result.ok && result.plan.nodes.map((n) => n.id)).toEqual(['s2']);
  });

  it('refuses a file any of whose scenarios is refused', () => {
    const result = loadPlan(
      v2([
        { id: 'a', nodes: [] },
        { id: 'b', nodes: [server('s', -1)] },
      ]),
    );
    expect(!result.ok && result.error.message).toBe(
      'scenarios[1].nodes[0].ramGiB: must be a positive number',
    );
  });
});
