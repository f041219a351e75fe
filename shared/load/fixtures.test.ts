import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from './loadPlan';

// One rejected file per rule of SPEC §2 "Loading", with the exact message a person reads.
const EXPECTED: Readonly<Record<string, string>> = {
  'not-an-object.json': 'file: must be a JSON object with "format": "strata-plan"',
  'bad-format.json': 'format: must be "strata-plan"',
  'bad-version.json': 'version: must be an integer',
  'newer-version.json':
    'version: made by a newer version of Strata (file version 3, this program reads up to 2)',
  'no-such-version.json':
    'version: no such version (file version 0, this program reads versions 1 to 2)',
  'bad-name.json': 'name: must be a string',
  'missing-nodes.json': 'nodes: is missing (an empty plan has "nodes": [])',
  'links-not-array.json': 'links: must be an array',
  'node-not-object.json': 'nodes[0]: must be an object',
  'missing-node-id.json': 'nodes[1].id: is missing',
  'duplicate-node-id.json': 'nodes[7].id: "vm-3" is used twice (also nodes[2])',
  'duplicate-link-id.json': 'links[1].id: "l1" is used twice (also links[0])',
  'unknown-kind.json':
    'nodes[3].kind: unknown kind "vmm"; expected one of site, server, hypervisor, vm, runtime, container',
  'bad-field-type.json': 'nodes[3].ramGiB: must be a positive number',
  'negative-ram.json': 'nodes[0].ramGiB: must be a positive number',
  'bad-hypervisor-type.json': 'nodes[1].hypervisorType: must be 1 or 2',
  'bad-os.json': 'nodes[0].os.family: must be one of linux, windows, unix, bsd, other',
  'bad-position.json': 'nodes[0].position.x: must be a finite number',
  'bad-parent-type.json': 'nodes[0].parentId: must be a string or null',
  'missing-parent.json': 'nodes[4].parentId: no node has id "s9"',
  'parent-cycle.json': 'nodes[5].parentId: parents form a cycle: a → b → a',
  'dangling-link.json': 'links[2].to: no node has id "x"',
  'bad-settings.json': 'settings.patchHours.hostOs.linux: must be a non-negative number',
  'zero-overcommit.json': 'settings.ramOvercommitLimit: must be a positive number',
  'bad-view.json': 'view.zoom: must be a positive number',
  'v2-missing-scenarios.json':
    'scenarios: is missing (a version-2 file holds at least one scenario)',
  'v2-no-scenarios.json': 'scenarios: must hold at least one scenario',
  'v2-scenario-not-object.json': 'scenarios[0]: must be an object { id, name, nodes, … }',
  'v2-duplicate-scenario-id.json': 'scenarios[1].id: "a" is used twice (also scenarios[0])',
  'v2-bad-node-field.json': 'scenarios[1].nodes[0].ramGiB: must be a positive number',
  'v2-unknown-active.json': 'activeScenario: no scenario has id "to-be"',
};

const dir = new URL('./fixtures/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

function messageOf(text: string): string {
  const result = loadPlan(text);
  if (result.ok) throw new Error('the file loaded; it should have been refused');
  expect(result.error.message).toBe(`${result.error.place}: ${result.error.reason}`);
  return result.error.message;
}

describe('rejected fixtures', () => {
  for (const [file, message] of Object.entries(EXPECTED)) {
    it(`${file} → ${message}`, () => {
      expect(messageOf(read(file))).toBe(message);
    });
  }

  it("not-json.txt → file: not valid JSON (the parser's words and position)", () => {
    // The parser's own words differ between V8 versions (newer ones add line and column).
    expect(messageOf(read('not-json.txt'))).toMatch(
      /^file: not valid JSON \(Expected double-quoted property name in JSON at position 41.*\)$/,
    );
  });

  it('every fixture file has a test', () => {
    const files = readdirSync(dir).filter((f) => f !== 'not-json.txt');
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});
