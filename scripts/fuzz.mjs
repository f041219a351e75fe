// `npm run fuzz -- --n 10000`: bundles the fuzz harness (tests/fuzz/main.ts) with esbuild into
// dist/fuzz/ and runs it with the arguments given. What it checks and how to read the summary:
// docs/security.md.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'fuzz', 'fuzz.mjs');

await build({
  entryPoints: [join(root, 'tests', 'fuzz', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
