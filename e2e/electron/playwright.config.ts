import { defineConfig } from '@playwright/test';

/**
 * Desktop end-to-end tests: each spec launches the Electron app itself through Playwright's
 * `_electron` (no browser is launched by this config). Where no Electron binary is installed
 * the specs skip and print why. Run: `npx playwright test -c e2e/electron/playwright.config.ts`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // `npm test` sets STRATA_RESULTS_DIR to collect counts for its closing line.
  reporter: [
    ['list'],
    ...(process.env.STRATA_RESULTS_DIR
      ? [['json', { outputFile: `${process.env.STRATA_RESULTS_DIR}/e2e-electron.json` }] as const]
      : []),
  ],
  projects: [{ name: 'electron' }],
});
