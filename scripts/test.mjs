// `npm test`: types, lint, unit tests, end-to-end tests — and a closing count of every test run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runE2e } from './e2e.mjs';

// Outside test-results/, which Playwright empties when it starts.
const RESULTS = resolve('test-summary');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const status = result.status ?? 1;
  console.log(`=== ${title}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status;
}

/** A step run beside others: its output is kept and printed whole when it ends. */
function stepAside(title, cmd, args) {
  const started = Date.now();
  return new Promise((resolveStep) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const status = code ?? 1;
      console.log(`\n=== ${title} ===`);
      process.stdout.write(Buffer.concat(output));
      console.log(`=== ${title}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolveStep([title, status]);
    });
  });
}

const failures = [];
const check = (title, status) => status !== 0 && failures.push(title);

check('build (command line, desktop bundles)', step('build (command line, desktop bundles)', 'node', ['scripts/build-node.mjs']));
// Types and lint each use one core: they run side by side, their output printed in turn.
for (const [title, status] of await Promise.all([
  stepAside('types', 'npm', ['run', '--silent', 'typecheck']),
  stepAside('lint', 'npm', ['run', '--silent', 'lint']),
]))
  check(title, status);
check('unit', step('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/unit.json`]));

console.log('\n=== end-to-end ===');
const e2eStatus = runE2e({ STRATA_RESULTS_DIR: RESULTS });
console.log(`=== end-to-end: ${e2eStatus === 0 ? 'ok' : 'FAILED'}`);
check('end-to-end', e2eStatus);

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = readJson(`${RESULTS}/unit.json`);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
for (const name of ['e2e-browser.json', 'e2e-electron.json']) {
  const stats = readJson(`${RESULTS}/${name}`)?.stats;
  if (stats) {
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
  }
}
if (failures.length > 0) {
  console.log(`\nFailed steps: ${failures.join(', ')}`);
  failed = Math.max(failed, 1);
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
