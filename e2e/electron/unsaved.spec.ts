// Never losing work: the close prompt (Save / Don't Save / Cancel) and the recovery copy.
import { expect, test } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StrataWindow } from '../../shared/bridge';
import { loadPlan } from '../../shared/load/loadPlan';
import {
  EXAMPLE,
  dialogLog,
  launchStrata,
  markDirty,
  requireElectron,
  stubDialogs,
  windowCount,
  windowTitle,
  type Strata,
} from './support/strataApp';

let executable = '';
let strata: Strata | null = null;
let dir = '';

test.beforeAll(() => {
  executable = requireElectron();
});

test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-e2e-unsaved-'));
});

test.afterEach(async () => {
  if (strata) await stubDialogs(strata.app, { messageBox: [1] }).catch(() => undefined);
  await strata?.app.close().catch(() => undefined);
  strata = null;
});

const PROMPT = 'Do you want to save the changes you made to "plan.strata"?';

async function openCopy(): Promise<{ strata: Strata; path: string }> {
  const path = join(dir, 'plan.strata');
  copyFileSync(EXAMPLE, path);
  const launched = await launchStrata(executable, { open: path });
  await expect(launched.window.getByTestId('node-esx-01')).toBeVisible();
  await expect.poll(() => windowTitle(launched.app)).toBe('plan.strata — Strata');
  return { strata: launched, path };
}

function closeWindow(strata: Strata): Promise<void> {
  return strata.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
}

test('unsaved changes mark the title, and Cancel keeps the window open', async () => {
  ({ strata } = await openCopy());
  await markDirty(strata.window, 'plan');
  await expect.poll(() => windowTitle(strata!.app)).toBe('• plan.strata — Strata');
  await stubDialogs(strata.app, { messageBox: [2] });
  await closeWindow(strata);
  await expect.poll(() => dialogLog(strata!.app)).toEqual([`message:${PROMPT}:2`]);
  expect(await windowCount(strata.app)).toBe(1);
});

test("Don't Save closes without writing", async () => {
  let path: string;
  ({ strata, path } = await openCopy());
  const before = readFileSync(path, 'utf8');
  await markDirty(strata.window, 'plan');
  await stubDialogs(strata.app, { messageBox: [1] });
  const closed = strata.app.waitForEvent('close');
  await closeWindow(strata);
  await closed;
  strata = null;
  expect(readFileSync(path, 'utf8')).toBe(before);
});

test('Save in the prompt writes the current plan, then closes', async () => {
  const path = join(dir, 'plan.strata');
  // Minified on purpose: a save rewrites it in the canonical two-space form.
  const loaded = loadPlan(readFileSync(EXAMPLE, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  writeFileSync(path, JSON.stringify(loaded.plan));
  strata = await launchStrata(executable, { open: path });
  await expect(strata.window.getByTestId('node-esx-01')).toBeVisible();
  await markDirty(strata.window, 'plan');
  await stubDialogs(strata.app, { messageBox: [0] });
  const closed = strata.app.waitForEvent('close');
  await closeWindow(strata);
  await closed;
  strata = null;
  const text = readFileSync(path, 'utf8');
  expect(text).not.toBe(JSON.stringify(loaded.plan));
  expect(loadPlan(text).ok).toBe(true);
});

test('a recovery copy is written while unsaved and survives a crash', async () => {
  let path: string;
  ({ strata, path } = await openCopy());
  const { userData } = strata;
  await markDirty(strata.window, 'plan');
  const planJson = readFileSync(path, 'utf8');
  await strata.window.evaluate(
    (text) => (globalThis as unknown as StrataWindow).strata?.writeRecovery(text),
    planJson,
  );
  const copy = join(userData, 'recovery', 'document.json');
  await expect.poll(() => existsSync(copy), { timeout: 15_000 }).toBe(true);
  expect(JSON.parse(readFileSync(copy, 'utf8'))).toMatchObject({ originalPath: path });

  strata.app.process().kill('SIGKILL');
  strata = null;
  strata = await launchStrata(executable, { userData });
  await strata.window.waitForTimeout(1000);
  expect(existsSync(copy)).toBe(true);
});
