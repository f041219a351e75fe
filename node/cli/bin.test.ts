/**
 * The real launcher, spawned: bin/strata.mjs next to a bundle of node/cli/strata.ts, laid out as
 * in the repository (bin/ and dist/cli/) but in a temporary folder, so the test never depends on
 * (or overwrites) the build in dist/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'strata-bin-'));

beforeAll(async () => {
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, 'bin/strata.mjs'), join(dir, 'bin/strata.mjs'));
  await build({
    entryPoints: [join(root, 'node/cli/strata.ts')],
    outfile: join(dir, 'dist/cli/strata.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // A native module cannot be bundled; the CLI loads it only to draw (not run here).
    external: ['@napi-rs/canvas'],
    // CommonJS dependencies may require Node built-ins: give the ES module bundle a `require`.
    banner: {
      js: "import { createRequire as __strataRequire } from 'node:module'; const require = __strataRequire(import.meta.url);",
    },
  });
  mkdirSync(join(dir, 'unbuilt/bin'), { recursive: true });
  copyFileSync(join(root, 'bin/strata.mjs'), join(dir, 'unbuilt/bin/strata.mjs'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const strata = (launcher: string, ...args: string[]) =>
  spawnSync(process.execPath, [launcher, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('bin/strata.mjs', () => {
  it('runs the bundled command line with its exit codes and streams', () => {
    const ok = strata(join(dir, 'bin/strata.mjs'), 'report', 'examples/02-esxi-ha-cluster.strata');
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/^ {2}Ratio {2,}2\.7 : 1 /m);

    const json = strata(
      join(dir, 'bin/strata.mjs'),
      'report',
      'examples/02-esxi-ha-cluster.strata',
      '--json',
    );
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as { plan: { nodes: number } }).plan.nodes).toBe(14);

    const missing = strata(join(dir, 'bin/strata.mjs'), 'validate', 'no-such-file.strata');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^no-such-file\.strata: .+\n$/);
  });

  it('says how to build when the bundle is missing', () => {
    const result = strata(join(dir, 'unbuilt/bin/strata.mjs'), '--help');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('npm run build:node');
  });
});
