import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffPlans } from '../../shared/diff/diffPlans';
import { loadDocument } from '../../shared/load/loadDocument';
import { buildReport } from '../../shared/metrics/report';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { main } from './main';
import { captureIo } from './testIo';

const FILE = 'examples/05-consolidation-scenarios.strata';
const ESXI = 'examples/02-esxi-ha-cluster.strata';
const K8S = 'examples/03-kubernetes-containers.strata';

const dir = mkdtempSync(join(tmpdir(), 'strata-scenarios-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo(false);
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

function document(path: string): ScenarioSet {
  const loaded = loadDocument(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.document;
}

const json = (text: string): unknown => JSON.parse(text);
const doc = document(FILE);
const plans = doc.scenarios.map((s) => s.plan);
const reportOf = (i: number): unknown => json(JSON.stringify(buildReport(plans[i]!)));

describe('--scenario on report, validate and fail', () => {
  it('reports the first scenario by default, and another by number or name', async () => {
    expect(json((await run(['report', FILE, '--json'])).stdout)).toEqual(reportOf(0));
    expect(json((await run(['report', FILE, '--scenario', '2', '--json'])).stdout)).toEqual(
      reportOf(1),
    );
    expect(
      json((await run(['report', FILE, '--scenario=containerized', '--json'])).stdout),
    ).toEqual(reportOf(2));
    const readable = await run(['report', FILE, '--scenario', 'Virtualized']);
    expect(readable.stdout).toMatch(/\n {2}Scenario +"Virtualized" \(2 of 3\)\n/);
  });

  it('says which scenarios exist when the name or number is unknown (exit 2, nothing on stdout)', async () => {
    for (const selector of ['To be', '4', '0']) {
      const result = await run(['validate', FILE, '--scenario', selector]);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `${FILE}: --scenario: no scenario "${selector}" (the file has 1 "As is", 2 "Virtualized", 3 "Containerized")\n`,
      });
    }
  });

  it('validates and fails within the chosen scenario', async () => {
    const validated = await run(['validate', FILE, '--scenario', '3']);
    expect(validated).toMatchObject({
      code: 0,
      stdout: `${FILE} "Containerized" (3 of 3): no issues\n`,
    });
    const failed = await run(['fail', FILE, 'k8s-node-1', '--scenario', '3', '--json']);
    expect(json(failed.stdout)).toMatchObject({ nodeId: 'k8s-node-1', servicesDown: [] });
    // Node k8s-node-1 exists only in "Containerized".
    expect((await run(['fail', FILE, 'k8s-node-1'])).code).toBe(2);
  });

  it('reads a version-1 file as its one scenario "As is"', async () => {
    expect((await run(['report', ESXI, '--scenario', 'as is', '--json'])).code).toBe(0);
    expect((await run(['report', ESXI, '--scenario', '2'])).code).toBe(2);
  });
});

describe('report --scenario all', () => {
  it('prints one column per scenario, a row per headline figure', async () => {
    const { code, stdout } = await run(['report', FILE, '--scenario', 'all']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.find((l) => l.includes('As is'))).toMatch(
      /^ +As is {3}Virtualized {3}Containerized$/,
    );
    expect(lines.find((l) => l.includes('Servers '))).toMatch(/^ {2}Servers +8 +3 +3$/);
    expect(lines.find((l) => l.includes('OS instances'))).toMatch(/^ {2}OS instances +8 +11 +8$/);
    expect(lines.find((l) => l.includes('Patch hours per year'))).toMatch(/ +114 +138 +132$/);
  });

  it("with --json, an object with every scenario's id, name and report, in file order", async () => {
    const { stdout } = await run(['report', FILE, '--scenario', 'all', '--json']);
    expect(json(stdout)).toEqual({
      name: doc.name,
      scenarios: doc.scenarios.map((s, i) => ({ id: s.id, name: s.name, report: reportOf(i) })),
    });
  });
});

describe('strata diff', () => {
  it('compares scenarios 1 and 2 of one file by default, as the library does', async () => {
    const { code, stdout } = await run(['diff', FILE, '--json']);
    expect(code).toBe(0);
    const expected = json(JSON.stringify(diffPlans(plans[0]!, plans[1]!)));
    expect(json(stdout)).toEqual({
      from: { file: FILE, scenario: 'As is' },
      to: { file: FILE, scenario: 'Virtualized' },
      ...(expected as object),
    });
    const out = json(stdout) as { figures: Record<string, unknown>; moved: unknown[] };
    expect(out.figures['consolidation.servers']).toEqual({ from: 8, to: 3, delta: -5 });
    expect(out.moved).toContainEqual({
      id: 'db',
      name: 'db',
      fromParent: null,
      toParent: 'esx-01-hv',
    });
  });

  it('picks scenarios with --from and --to, by name or number', async () => {
    const { stdout } = await run(['diff', FILE, '--from', 'Virtualized', '--to', '3', '--json']);
    const out = json(stdout) as { moved: { id: string; fromParent: string; toParent: string }[] };
    expect(out.moved.find((m) => m.id === 'erp')).toMatchObject({
      fromParent: 'esx-02-hv',
      toParent: 'esx-03-hv',
    });
  });

  it('compares the first scenarios of two files', async () => {
    const { code, stdout } = await run(['diff', ESXI, K8S, '--json']);
    expect(code).toBe(0);
    expect(json(stdout)).toMatchObject({
      from: { file: ESXI, scenario: 'As is' },
      to: { file: K8S, scenario: 'As is' },
      figures: { 'patching.osInstances': { from: 11, to: 8, delta: -3 } },
    });
  });

  it('prints the figures side by side and the node changes', async () => {
    const { stdout } = await run(['diff', FILE, '--from', '2', '--to', '3']);
    expect(stdout).toMatch(
      /\n {2}From +examples\/05-consolidation-scenarios\.strata "Virtualized" \(2 of 3\)\n/,
    );
    expect(stdout).toMatch(/\n {2}OS instances +11 +8 +-3\n/);
    expect(stdout).toMatch(/\n {2}erp \(VM\) +ESXi 8 on esx-02 → ESXi 8 on esx-03\n/);
    expect(stdout).toMatch(/\nRemoved +none\n/);
  });

  it('exits 2 for a file that cannot load or a scenario it does not have', async () => {
    expect(await run(['diff', ESXI])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${ESXI}: --to: no scenario "2" (the file has 1 "As is")\n`,
    });
    const missing = await run(['diff', FILE, join(dir, 'none.strata')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/none\.strata: cannot be read: the file does not exist\n$/);
    expect((await run(['diff', FILE, ESXI, K8S])).code).toBe(2);
  });
});

describe('strata check', () => {
  const policy = (value: unknown): string =>
    tempFile(`p${Math.random()}.json`, JSON.stringify(value));

  it('exits 0 when every rule passes, 1 on any FAIL, printing each rule', async () => {
    const path = policy({ maxOsInstances: 10, minHaToleratedFailures: 1 });
    const passing = await run(['check', FILE, '--policy', path]);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain('PASS  maxOsInstances          OS instances 8 ≤ 10\n');
    const failing = await run(['check', FILE, '--scenario', 'Virtualized', '--policy', path]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('FAIL  maxOsInstances          OS instances 11 > 10\n');
    expect(failing.stdout).toContain(
      'PASS  minHaToleratedFailures  1 ≥ 1: cluster prod tolerates the fewest\n',
    );
    expect(failing.stdout.endsWith('1 of 2 rules fail\n')).toBe(true);
  });

  it('prints every rule in JSON with its limit, figure and verdict', async () => {
    const path = policy({ maxWorkloadsLostOnSingleFailure: 3 });
    const { code, stdout } = await run([
      'check',
      FILE,
      '--scenario',
      '3',
      '--policy',
      path,
      '--json',
    ]);
    expect(code).toBe(1);
    expect(json(stdout)).toEqual({
      file: FILE,
      scenario: 'Containerized',
      policy: path,
      passed: false,
      rules: [
        {
          rule: 'maxWorkloadsLostOnSingleFailure',
          limit: 3,
          pass: false,
          figure: 7,
          detail: 'k8s-node-1 fails: lost 7 > 3',
        },
      ],
    });
  });

  it('exits 2 naming the key of a bad policy, or for a plan or policy that cannot be read', async () => {
    const unknown = policy({ maxOsInstanses: 3 });
    const bad = await run(['check', FILE, '--policy', unknown]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^.*\.json: maxOsInstanses: unknown rule; the rules are /);
    const wrongType = await run(['check', FILE, '--policy', policy({ requireDrReady: 'yes' })]);
    expect(wrongType).toMatchObject({ code: 2, stdout: '' });
    expect(wrongType.stderr).toMatch(/\.json: requireDrReady: must be true or false\n$/);
    const noFile = await run(['check', FILE, '--policy', join(dir, 'none.json')]);
    expect(noFile.stderr).toBe(
      `${join(dir, 'none.json')}: cannot be read: the file does not exist\n`,
    );
    const brokenPlan = tempFile('broken.strata', '{');
    expect((await run(['check', brokenPlan, '--policy', unknown])).code).toBe(2);
    expect((await run(['check', FILE])).code).toBe(2);
  });
});
