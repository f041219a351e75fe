// `npm run bench`: bundles each benchmark suite (bench/*.bench.ts) with esbuild and runs it in
// node with --expose-gc, from the repository root.
//
//   npm run bench                        every suite, in SUITES order, then any other *.bench.ts
//   npm run bench -- engine              only the suites whose name contains "engine"
//   npm run bench -- engine --sizes=10k  options after the names go to the suites (--quick, --write)
//   npm run bench -- --cpu-prof engine   also write V8 CPU profiles (node --cpu-prof)
//   npm run bench -- --write-plans       write the synthetic plans to bench/plans/*.strata
//
// Adding a suite (the canvas benchmark of issue 5): create bench/<name>.bench.ts, or a folder with
// bench/<name>/<name>.bench.ts, and add <name> to SUITES where it should run. npm packages stay
// external, so a suite may import Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SUITES = ['engine', 'canvas', 'import', 'optimize'];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Under node_modules so that the bundles resolve external packages from the repository.
const outDir = join(root, 'node_modules', '.cache', 'strata-bench');

async function bundle(entry) {
  const outfile = join(outDir, entry.replace(/^bench\//, '').replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

function run(file, args, nodeFlags) {
  const result = spawnSync(
    process.execPath,
    [...nodeFlags, '--enable-source-maps', file, ...args],
    { stdio: 'inherit', cwd: root },
  );
  return result.status ?? 1;
}

/** A suite's entry: bench/<name>.bench.ts, else bench/<name>/<name>.bench.ts. */
function suiteEntry(name) {
  return existsSync(join(root, 'bench', `${name}.bench.ts`))
    ? `bench/${name}.bench.ts`
    : `bench/${name}/${name}.bench.ts`;
}

function discoverSuites() {
  const entries = readdirSync(join(root, 'bench'), { withFileTypes: true });
  const found = [
    ...entries
      .filter((e) => e.isFile() && e.name.endsWith('.bench.ts'))
      .map((e) => e.name.slice(0, -'.bench.ts'.length)),
    ...entries
      .filter(
        (e) => e.isDirectory() && existsSync(join(root, 'bench', e.name, `${e.name}.bench.ts`)),
      )
      .map((e) => e.name),
  ];
  return [
    ...SUITES.filter((name) => found.includes(name)),
    ...found.filter((name) => !SUITES.includes(name)).sort(),
  ];
}

async function main(argv) {
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const options = argv.filter(
    (arg) => arg.startsWith('--') && arg !== '--cpu-prof' && arg !== '--write-plans',
  );
  const nodeFlags = ['--expose-gc'];
  if (argv.includes('--cpu-prof')) {
    const profiles = join(outDir, 'profiles');
    mkdirSync(profiles, { recursive: true });
    nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${profiles}`);
    console.log(`CPU profiles go to ${profiles}`);
  }

  if (argv.includes('--write-plans')) {
    return run(await bundle('bench/writePlans.ts'), options, []);
  }

  const suites = discoverSuites().filter(
    (suite) => names.length === 0 || names.some((name) => suite.includes(name)),
  );
  if (suites.length === 0) {
    console.error(
      `no benchmark suite matches ${names.join(', ')} (suites: ${discoverSuites().join(', ')})`,
    );
    return 2;
  }
  let status = 0;
  for (const suite of suites) {
    console.log(`\n=== bench: ${suite} ===`);
    const code = run(await bundle(suiteEntry(suite)), options, nodeFlags);
    if (code !== 0) {
      console.error(`=== bench: ${suite} failed (exit ${code})`);
      status = code;
    }
  }
  return status;
}

process.exit(await main(process.argv.slice(2)));
