import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

/**
 * Browser end-to-end tests: Debian Chromium against the test build of the renderer (`vite build
 * --mode test`: the shipped renderer plus the test hook, in dist/renderer-test), which the web
 * server below builds and serves. The Electron specs under e2e/electron have their own config.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// 4173 unless STRATA_E2E_PORT says otherwise (two runs on one machine each need their own server).
const PORT = Number(process.env.STRATA_E2E_PORT ?? 4173);
// Specs that hold the page to a time (main-thread tasks, keystrokes, refusals in seconds): run one
// at a time, after the rest, so that no other browser shares the machine's cores with them.
const TIMED = [
  '**/consolidate.spec.ts',
  '**/files-hostile-png.spec.ts',
  '**/files-open-large.spec.ts',
  '**/find.spec.ts',
  '**/import.spec.ts',
];

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['electron/**'],
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two browsers at once for the untimed specs (most of a spec's time is the page starting), one
  // for the timed ones (their project's own limit).
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // `npm test` sets STRATA_RESULTS_DIR to collect counts for its closing line.
  reporter: [
    ['list'],
    ...(process.env.CI ? [['html', { open: 'never' }] as const] : []),
    ...(process.env.STRATA_RESULTS_DIR
      ? [['json', { outputFile: `${process.env.STRATA_RESULTS_DIR}/e2e-browser.json` }] as const]
      : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1600, height: 1000 },
    // The app follows the browser's language: the specs speak English unless one asks otherwise.
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: ['electron/**', ...TIMED], use: { browserName: 'chromium' } },
    {
      name: 'chromium-timed',
      testMatch: TIMED,
      dependencies: ['chromium'],
      workers: 1,
      use: { browserName: 'chromium' },
    },
  ],
  webServer: {
    command: `npx vite build --mode test --logLevel warn && npx vite preview --mode test --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
