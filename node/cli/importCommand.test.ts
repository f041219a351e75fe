import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../shared/load/loadPlan';
import { buildXlsx } from '../../shared/import/test-support/xlsx';
import {
  vHostRows,
  VHOST_4X,
  vInfoRows,
  VINFO_4X,
} from '../../shared/import/test-support/rvtoolsFixtures';
import { main } from './main';
import { captureIo } from './testIo';

const dir = mkdtempSync(join(tmpdir(), 'strata-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function temp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[]) {
  const c = captureIo();
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

const WORKBOOK = buildXlsx([
  {
    name: 'vInfo',
    rows: vInfoRows(VINFO_4X, [
      { name: 'erp', host: 'esx-01', cpus: 8, memoryMiB: 32768 },
      { name: 'old', host: 'esx-02', power: 'poweredOff' },
      { name: 'gold', host: 'esx-01', template: true },
      { name: 'lost', host: 'esx-99' },
    ]),
  },
  {
    name: 'vHost',
    rows: vHostRows(VHOST_4X, [
      { name: 'esx-01', datacenter: 'FRA' },
      { name: 'esx-02', datacenter: 'BER', cluster: 'dr' },
    ]),
  },
]);

describe('strata import', () => {
  it('writes the plan and prints a summary with the warnings', async () => {
    const out = join(dir, 'estate.strata');
    const r = await run(['import', temp('rv.xlsx', WORKBOOK), '--secondary', 'BER', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Imported RVTools: ');
    expect(r.stdout).toContain('Nodes       2 sites, 2 servers, 2 hypervisors, 2 VMs');
    expect(r.stdout).toContain('Skipped     1 template, 1 row on a host not in the inventory');
    expect(r.stdout).toContain('Included    1 powered-off VM or guest');
    expect(r.stdout).toMatch(/rv\.xlsx row 5, Host: vInfo: VM "lost" runs on host "esx-99"/);
    const loaded = loadPlan(readFileSync(out, 'utf8'));
    expect(loaded.ok && loaded.plan.nodes.find((n) => n.name === 'BER')).toMatchObject({
      role: 'secondary',
    });
  });

  it('prints one JSON object with --json', async () => {
    const r = await run([
      'import',
      temp('rv2.xlsx', WORKBOOK),
      '-o',
      join(dir, 'j.strata'),
      '--json',
      '--skip-powered-off',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      nodes: { site: 2, server: 2, hypervisor: 2, vm: 1, runtime: 0, container: 0 },
      skipped: { templates: 1, poweredOff: 1, missingHost: 1 },
      included: {},
      warnings: [
        {
          file: join(dir, 'rv2.xlsx'),
          row: 5,
          column: 'Host',
          message: 'vInfo: VM "lost" runs on host "esx-99", which is not in vHost — skipped',
          messageKey: 'import.rv.hostMissing',
          params: { name: 'lost', host: 'esx-99' },
        },
      ],
    });
  });

  it('adds to an existing plan under a parent with --into and --parent', async () => {
    const compose = temp('compose.yaml', 'services:\n  web: { image: nginx, scale: 2 }\n');
    const out = join(dir, 'into.strata');
    const r = await run([
      'import',
      compose,
      '--into',
      'examples/04-mixed-dr-sites.strata',
      '--parent',
      'site-fra',
      '-o',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const loaded = loadPlan(readFileSync(out, 'utf8'));
    const base = loadPlan(readFileSync('examples/04-mixed-dr-sites.strata', 'utf8'));
    if (!loaded.ok || !base.ok) throw new Error('unloadable');
    expect(loaded.plan.nodes.length).toBe(base.plan.nodes.length + 4);
    expect(loaded.plan.nodes.find((n) => n.name === 'compose Docker host')).toMatchObject({
      parentId: 'site-fra',
    });
  });

  it('exits 2 with FILE: place: reason and leaves OUT alone when a file cannot be used', async () => {
    const out = temp('keep.strata', 'precious');
    const bad = buildXlsx([
      { name: 'vInfo', rows: vInfoRows(VINFO_4X, []) },
      {
        name: 'vHost',
        rows: vHostRows(
          VHOST_4X.filter((c) => c !== '# Cores'),
          [],
        ),
      },
    ]);
    const path = temp('bad.xlsx', bad);
    const r = await run(['import', path, '-o', out]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `${path}: sheet vHost: column "# Cores" is missing\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const missing = await run(['import', join(dir, 'nope.csv'), '-o', join(dir, 'never.strata')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: cannot be read: /);
    expect(existsSync(join(dir, 'never.strata'))).toBe(false);
    const parent = await run([
      'import',
      temp('c2.yaml', 'services:\n  a: {}\n'),
      '--into',
      'examples/02-esxi-ha-cluster.strata',
      '--parent',
      'ghost',
      '-o',
      join(dir, 'never.strata'),
    ]);
    expect(parent.stderr).toBe(
      'examples/02-esxi-ha-cluster.strata: --parent ghost: there is no node "ghost" to import into\n',
    );
    expect(existsSync(join(dir, 'never.strata'))).toBe(false);
  });

  it('refuses a wrong command line with the usage', async () => {
    for (const argv of [
      ['import'],
      ['import', 'a.csv'],
      ['import', 'a.csv', '-o', 'x', '--format', 'excel'],
      ['import', 'a.csv', '-o', 'x', '--parent', 'n'],
      ['import', 'a.csv', '-o', 'x', '--bogus'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^strata: .+\n\nUsage:/);
    }
  });
});
