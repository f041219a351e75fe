// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
// Playwright's own build. Returns null when there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) {
    if (path && existsSync(path)) return path;
  }
  return playwrightChromium();
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the end-to-end tests.
Looked at: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, and Playwright's own browser.
Get one with any of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium        (then /usr/bin/chromium is used)
  - anywhere with internet:  npx playwright install chromium
  - or point CHROMIUM_PATH at an existing Chromium or Chrome executable.`;

/** Headless Chromium in a container, as the end-to-end tests and the canvas benchmark run it. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
