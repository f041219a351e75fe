// Bundles the Node-side entry points with esbuild (run by `npm run prepare`, so it must be fast
// and must never need the Electron binary):
//   node/cli/strata.ts     → dist/cli/strata.mjs        (ESM, npm packages external)
//   electron/main.ts       → dist/electron/main.cjs     (CJS, `electron` external)
//   electron/preload.ts    → dist/electron/preload.cjs  (CJS for the sandbox, `electron` external)
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (path) => join(root, path);

const common = {
  bundle: true,
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
};

const targets = [
  {
    name: 'command line',
    entry: 'node/cli/strata.ts',
    optional: true,
    options: {
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: at('dist/cli/strata.mjs'),
    },
  },
  {
    name: 'Electron main',
    entry: 'electron/main.ts',
    // npm packages are bundled too: the packaged app then needs no node_modules.
    options: {
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron'],
      outfile: at('dist/electron/main.cjs'),
    },
  },
  {
    name: 'Electron preload',
    entry: 'electron/preload.ts',
    // A sandboxed preload may require only `electron`: a browser build refuses Node built-ins.
    options: {
      platform: 'browser',
      format: 'cjs',
      target: 'chrome130',
      external: ['electron'],
      outfile: at('dist/electron/preload.cjs'),
    },
  },
];

const started = performance.now();
let failed = false;
await Promise.all(
  targets.map(async ({ name, entry, optional, options }) => {
    if (!existsSync(at(entry))) {
      if (optional) console.log(`build-node: skipped the ${name} (${entry} does not exist yet)`);
      else {
        console.error(`build-node: ${entry} is missing`);
        failed = true;
      }
      return;
    }
    try {
      await build({ ...common, ...options, entryPoints: [at(entry)] });
      console.log(`build-node: ${entry} → ${relative(root, options.outfile)}`);
    } catch {
      failed = true; // esbuild has already printed the errors
    }
  }),
);
console.log(
  `build-node: ${failed ? 'failed' : 'done'} in ${Math.round(performance.now() - started)} ms`,
);
if (failed) process.exitCode = 1;
