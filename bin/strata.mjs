#!/usr/bin/env node
// The npm `bin` of Strata: starts the bundled command line (node/cli/strata.ts, built by
// scripts/build-node.mjs, which `npm install` runs through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/strata.mjs', import.meta.url);

if (existsSync(fileURLToPath(bundle))) {
  await import(bundle.href);
} else {
  process.stderr.write(
    `strata: the command line is not built yet (${fileURLToPath(bundle)} is missing).\n` +
      'Run `npm run build:node` in the Strata folder (npm install does it too), then try again.\n',
  );
  process.exitCode = 2;
}
