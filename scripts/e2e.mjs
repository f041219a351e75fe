// Runs the browser end-to-end specs (their web server builds and serves the test build of the
// renderer, see playwright.config.ts), then the Electron specs against the production renderer
// (they skip, with the reason printed, where no Electron binary is installed).
import { spawnSync } from 'node:child_process';
import { findChromium, HOW_TO_GET_CHROMIUM, playwrightChromium } from './find-chromium.mjs';

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

export function ensureChromium() {
  let path = findChromium();
  if (!path) {
    console.log("No Chromium found; trying to fetch Playwright's own (needs internet)…");
    run('npx', ['playwright', 'install', 'chromium']);
    path = playwrightChromium();
  }
  if (!path) {
    console.error(HOW_TO_GET_CHROMIUM);
    return null;
  }
  return path;
}

export function runE2e(extraEnv = {}) {
  const chromium = ensureChromium();
  if (!chromium) return 1;
  console.log(`End-to-end tests in ${chromium}`);
  const env = { CHROMIUM_PATH: chromium, ...extraEnv };
  const browser = run('npx', ['playwright', 'test'], env);
  const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (built !== 0) return built;
  const desktop = run(
    'npx',
    ['playwright', 'test', '-c', 'e2e/electron/playwright.config.ts'],
    env,
  );
  return browser || desktop;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runE2e());
}
