import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../shared/load/loadPlan';
import { buildReport } from '../../shared/metrics/report';
import { main } from './main';
import { captureIo } from './testIo';
import { USAGE } from './usage';
import { VERSION } from './version';

const EXAMPLES = [
  '01-legacy-bare-metal',
  '02-esxi-ha-cluster',
  '03-kubernetes-containers',
  '04-mixed-dr-sites',
].map((name) => `examples/${name}.strata`);
const ESXI = 'examples/02-esxi-ha-cluster.strata';

const dir = mkdtempSync(join(tmpdir(), 'strata-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function tempDir(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

async function run(
  argv: string[],
  color = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo(color);
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** The library's report of a file, through JSON as the CLI prints it. */
function libraryReport(path: string): unknown {
  const loaded = loadPlan(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return JSON.parse(JSON.stringify(buildReport(loaded.plan)));
}

const plan = (nodes: unknown[], links: unknown[] = []): string =>
  JSON.stringify({ format: 'strata-plan', version: 1, name: 't', nodes, links });
const server = {
  id: 's1',
  kind: 'server',
  parentId: null,
  cpuCores: 8,
  ramGiB: 32,
  os: { family: 'linux', name: 'Ubuntu', version: '24.04' },
};

describe('strata report', () => {
  it.each(EXAMPLES)('summarises %s and exits 0', async (file) => {
    const { code, stdout, stderr } = await run(['report', file]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const name = (JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name;
    expect(stdout.split('\n')[0]).toBe(`Plan${' '.repeat(stdout.indexOf(name) - 4)}${name}`);
    for (const title of [
      'Consolidation',
      'Patching',
      'Failures',
      'High availability',
      'Disaster recovery',
      'Isolation',
      'Issues',
    ]) {
      expect(stdout).toMatch(new RegExp(`^${title}`, 'm'));
    }
    expect(stdout).not.toContain('\u001b[');
  });

  it.each(EXAMPLES)(
    'prints with --json exactly the library report of %s, 2-space indented',
    async (file) => {
      const { code, stdout, stderr } = await run(['report', file, '--json']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const printed: unknown = JSON.parse(stdout);
      expect(printed).toEqual(libraryReport(file));
      expect(Object.keys(printed as object)).toEqual([
        'plan',
        'consolidation',
        'patching',
        'blastRadius',
        'security',
        'ha',
        'dr',
        'issues',
      ]);
      expect(stdout).toBe(`${JSON.stringify(printed, null, 2)}\n`);
    },
  );

  it('colours the summary only when told the terminal takes colour', async () => {
    const coloured = await run(['report', ESXI], true);
    expect(coloured.stdout).toContain('\u001b[1mConsolidation\u001b[22m');
    expect(stripVTControlCharacters(coloured.stdout)).toBe((await run(['report', ESXI])).stdout);
  });

  it('exits 0 for a plan that loads with errors in it', async () => {
    const file = tempFile(
      'mismatch.strata',
      plan([
        server,
        { id: 'r1', kind: 'runtime', parentId: 's1', engine: 'Docker' },
        { id: 'c1', kind: 'container', parentId: 'r1', osFamily: 'windows' },
      ]),
    );
    const { code, stdout } = await run(['report', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/error {2,}kernel-mismatch {2,}c1 /);
  });
});

describe('unloadable files', () => {
  const cases: [string, string | null, RegExp][] = [
    ['missing.strata', null, /^missing\.strata: cannot be read: the file does not exist\n$/],
    ['not-json.strata', '{ "format": ', /^not-json\.strata: file: not valid JSON.*\n$/],
    ['folder.strata', 'DIR', /^folder\.strata: it is a folder, not a file\n$/],
    [
      'bad-ram.strata',
      plan([{ ...server, ramGiB: -4 }]),
      /^bad-ram\.strata: nodes\[0\]\.ramGiB: must be a positive number\n$/,
    ],
    [
      'newer.strata',
      JSON.stringify({ format: 'strata-plan', version: 99, nodes: [] }),
      /^newer\.strata: version: .*newer version of Strata.*\n$/,
    ],
    [
      'orphan.strata',
      plan([{ ...server, parentId: 'nowhere' }]),
      /^orphan\.strata: nodes\[0\]\.parentId: .+\n$/,
    ],
  ];

  it.each(cases)(
    '%s: exit 2, "FILE: place: reason" on stderr, nothing on stdout',
    async (name, content, message) => {
      const file =
        content === null
          ? join(dir, name)
          : content === 'DIR'
            ? tempDir(name)
            : tempFile(name, content);
      for (const argv of [
        ['report', file],
        ['report', file, '--json'],
        ['validate', file],
        ['validate', file, '--json'],
        ['fail', file, 's1'],
      ]) {
        const { code, stdout, stderr } = await run(argv);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr.slice(dir.length + 1)).toMatch(message);
        expect(stderr.startsWith(`${file}: `)).toBe(true);
      }
    },
  );
});

describe('strata validate', () => {
  it.each(EXAMPLES.slice(0, 3))('finds no error in %s and exits 0', async (file) => {
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${file}: (no issues|\\d+ warnings?)\\n`));
    const json = await run(['validate', file, '--json']);
    expect(json.code).toBe(0);
    const printed = JSON.parse(json.stdout) as { issues: { severity: string }[] };
    expect(Object.keys(printed)).toEqual(['issues']);
    expect(printed.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('exits 1 when an error is found, with the issue in the JSON', async () => {
    const file = tempFile(
      'host-os.strata',
      plan([
        { ...server, os: null },
        { id: 'r1', kind: 'runtime', parentId: 's1' },
      ]),
    );
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^.*host-os\.strata: 1 error\n {2}error {2}host-os-required {2}r1 {2}.+\n$/,
    );
    const json = await run(['validate', file, '--json']);
    expect(json.code).toBe(1);
    expect(
      (JSON.parse(json.stdout) as { issues: { code: string; nodeId: string }[] }).issues,
    ).toMatchObject([{ code: 'host-os-required', nodeId: 'r1' }]);
  });

  it('exits 0 when there are warnings only', async () => {
    const file = tempFile(
      'warn.strata',
      plan([
        { ...server, cpuCores: 1 },
        { id: 'r1', kind: 'runtime', parentId: 's1' },
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({
          id: `c${i}`,
          kind: 'container',
          parentId: 'r1',
          cpu: 0.5,
          ramGiB: 0.5,
        })),
      ]),
    );
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('cpu-overcommit');
  });
});

describe('strata fail', () => {
  it('prints the failure of one node as the spec object', async () => {
    const { code, stdout, stderr } = await run(['fail', ESXI, 'vm-db', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'nodeId',
      'down',
      'lostWorkloads',
      'recoveredWorkloads',
      'servicesDown',
      'servicesDegraded',
    ]);
    expect(printed).toEqual({
      nodeId: 'vm-db',
      down: [{ id: 'vm-db', name: 'db' }],
      lostWorkloads: [{ id: 'vm-db', name: 'db' }],
      recoveredWorkloads: [],
      // web → api → db, crm → db, erp → db: everything that leans on the database stops.
      servicesDown: ['api', 'crm', 'db', 'erp', 'web'],
      servicesDegraded: [],
    });
  });

  it('summarises a host failure that HA absorbs', async () => {
    const { code, stdout } = await run(['fail', ESXI, 'esx-01']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Failure of {2,}esx-01 \(server\)\n/);
    expect(stdout).toMatch(/\n {2}Lost workloads {2,}none\n/);
    expect(stdout).toMatch(/\n {2}Recovered by HA {2,}2: db \(vm-db\), web \(vm-web\)\n/);
  });

  it('exits 2 for an unknown node id, naming it and pointing to strata report', async () => {
    const { code, stdout, stderr } = await run(['fail', ESXI, 'esx-99']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"esx-99"');
    expect(stderr).toContain(`strata report ${ESXI}`);
  });
});

describe('usage', () => {
  it('prints the usage on stdout for help, and the version', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      expect(await run(argv)).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    }
    expect(await run(['--version'])).toEqual({
      code: 0,
      stdout: `strata ${VERSION}\n`,
      stderr: '',
    });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [[]],
    [['report']],
    [['frobnicate', 'x']],
    [['report', ESXI, '--yaml']],
    [['fail', ESXI]],
  ])('refuses %j with exit 2 and the usage on stderr', async (argv) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^strata: .+\n\nUsage:/);
  });
});
