import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/load/loadDocument';
import { verifyProposal } from '../../shared/optimize/verify';
import { main } from './main';
import { captureIo } from './testIo';

const LEGACY = 'examples/01-legacy-bare-metal.strata';
const ESXI = 'examples/02-esxi-ha-cluster.strata';
const dir = mkdtempSync(join(tmpdir(), 'strata-optimize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo();
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const HOST = ['--host-cores', '32', '--host-ram-gib', '256'];

describe('strata optimize', () => {
  it('writes every scenario of FILE plus the consolidated one, last, and prints its figures', async () => {
    const out = join(dir, 'legacy.strata');
    const { code, stdout, stderr } = await run([
      'optimize',
      LEGACY,
      ...HOST,
      '--p2v',
      '--p2v-size',
      '0.5',
      '-o',
      out,
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'hosts',
      'lowerBound',
      'gap',
      'proven',
      'p2v',
      'moved',
      'figures',
    ]);
    expect(json).toMatchObject({ hosts: 2, lowerBound: 2, gap: 0, proven: true, p2v: 8, moved: 0 });
    const figures = json.figures as { from: Record<string, number>; to: Record<string, number> };
    expect(figures.from['consolidation.servers']).toBe(8);
    expect(figures.to['consolidation.servers']).toBe(2);
    const loaded = loadDocument(readFileSync(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const names = loaded.document.scenarios.map((s) => s.name);
    expect(names).toEqual(['As is', 'Consolidated: 32 cores / 256 GiB VMware ESXi, N+1, P2V 50 %']);
    const before = loaded.document.scenarios[0]?.plan;
    const after = loaded.document.scenarios[1]?.plan;
    if (!before || !after) throw new Error('two scenarios expected');
    // The figures printed are the report's of the scenario written.
    const report = await run(['report', out, '--json', '--scenario', '2']);
    expect(report.code).toBe(0);
    const written = JSON.parse(report.stdout) as { consolidation: { servers: number } };
    expect(written.consolidation.servers).toBe(figures.to['consolidation.servers']);
    expect(
      verifyProposal(
        before,
        {
          scope: [],
          host: { cpuCores: 32, ramGiB: 256, product: 'VMware ESXi', hostOs: null },
          ha: 1,
          p2v: true,
          p2vSize: 0.5,
        },
        {
          plan: after,
          hosts: 2,
          lowerBound: 2,
          gap: 0,
          proven: true,
          p2v: 8,
          moved: 0,
          retired: 8,
          groups: [
            {
              cluster: 'consolidated',
              site: null,
              vms: 8,
              hosts: 2,
              lowerBound: 2,
              proven: true,
              tolerates: 1,
            },
          ],
        },
      ),
    ).toEqual([]);
  });

  it('prints a summary without --json, and adds a second run after the first', async () => {
    const first = join(dir, 'esxi.strata');
    expect((await run(['optimize', ESXI, ...HOST, '-o', first])).code).toBe(0);
    const second = join(dir, 'esxi2.strata');
    const { code, stdout } = await run([
      'optimize',
      first,
      '--scenario',
      '1',
      ...HOST,
      '-o',
      second,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'added scenario "Consolidated: 32 cores / 256 GiB VMware ESXi, N+1 (2)"',
    );
    expect(stdout).toMatch(/Hosts +\d+ +\(/);
    const loaded = loadDocument(readFileSync(second, 'utf8'));
    expect(loaded.ok && loaded.document.scenarios.length).toBe(3);
  });

  it('exits 2 naming a VM larger than the host model, and writes nothing', async () => {
    const out = join(dir, 'none.strata');
    const { code, stdout, stderr } = await run([
      'optimize',
      ESXI,
      '--host-cores',
      '4',
      '--host-ram-gib',
      '16',
      '-o',
      out,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^examples\/02-esxi-ha-cluster\.strata: VM "vm-[a-z]+" \([^)]*\) needs \d+ vCPU and \d+ GiB RAM; a host of the model holds at most 16 vCPU and 16 GiB/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a bad file, bad options, an unknown scenario or scope, and keeps OUT', async () => {
    const out = join(dir, 'kept.strata');
    writeFileSync(out, 'keep me');
    const bad = join(dir, 'bad.strata');
    writeFileSync(bad, '{ not json');
    const cases: [string[], RegExp][] = [
      [['optimize', bad, ...HOST, '-o', out], /^.*bad\.strata: .*JSON/],
      [
        ['optimize', ESXI, ...HOST, '--headroom', '2', '-o', out],
        /^strata optimize: headroom: must be more than 0 and at most 1\n$/,
      ],
      [
        ['optimize', ESXI, ...HOST, '--hypervisor', 'Oracle VirtualBox', '-o', out],
        /needs a host OS/,
      ],
      [
        ['optimize', ESXI, ...HOST, '--scenario', 'to-be', '-o', out],
        /--scenario: no scenario "to-be"/,
      ],
      [
        ['optimize', ESXI, ...HOST, '--scope', 'cluster:nope', '-o', out],
        /scope cluster:nope: no such cluster \(the plan has prod\)/,
      ],
      [
        ['optimize', ESXI, '--host-cores', '32', '-o', out],
        /^strata: strata optimize needs --host-ram-gib N\n\nUsage:/,
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('says bad options and an unknown scope in the reader’s language (--lang zh-CN)', async () => {
    const out = join(dir, 'zh.strata');
    const headroom = await run(['optimize', ESXI, ...HOST, '--headroom', '2', '-o', out, '--lang', 'zh-CN']);
    expect(headroom.code).toBe(2);
    expect(headroom.stderr).toBe('strata optimize: 余量：必须大于 0 且不超过 1\n');
    const scope = await run(['optimize', ESXI, ...HOST, '--scope', 'cluster:nope', '-o', out, '--lang', 'zh-CN']);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toMatch(/范围 cluster:nope：没有这个集群（方案中有 prod）\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
