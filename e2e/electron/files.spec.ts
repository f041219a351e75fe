// Opening and saving through the native menus and dialogs (stubbed in the main process).
import { expect, test } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '../../shared/load/loadPlan';
import { embedPlanInPng } from '../../shared/png/pngText';
import { tinyPng } from '../../shared/png/test-support/tinyPng';
import {
  EXAMPLE,
  clickMenu,
  dialogLog,
  launchStrata,
  requireElectron,
  stubDialogs,
  windowTitle,
  windowTitles,
  type Strata,
} from './support/strataApp';

let executable = '';
let strata: Strata | null = null;
let dir = '';

test.beforeAll(() => {
  executable = requireElectron();
});

test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-e2e-files-'));
});

test.afterEach(async () => {
  await strata?.app.close();
  strata = null;
});

function exampleName(): string {
  const loaded = loadPlan(readFileSync(EXAMPLE, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan.name;
}

test('Save As writes a plan that reopens, and the title follows the file', async () => {
  strata = await launchStrata(executable, { open: EXAMPLE });
  await expect(strata.window.getByTestId('node-esx-01')).toBeVisible();
  const target = join(dir, 'rack');
  await stubDialogs(strata.app, { save: [target] });
  await clickMenu(strata.app, 'file-save-as');
  await expect.poll(() => existsSync(`${target}.strata`)).toBe(true);
  const saved = loadPlan(readFileSync(`${target}.strata`, 'utf8'));
  expect(saved.ok && saved.plan.name).toBe(exampleName());
  await expect.poll(() => windowTitle(strata!.app)).toBe('rack.strata — Strata');
});

test('Open… shows why a file is refused and leaves the current plan as it was', async () => {
  const good = join(dir, 'good.strata');
  copyFileSync(EXAMPLE, good);
  const bad = join(dir, 'bad.strata');
  writeFileSync(
    bad,
    '{"format":"strata-plan","version":1,"nodes":[{"id":"s","kind":"server","ramGiB":0}]}',
  );
  strata = await launchStrata(executable, { open: good });
  await expect(strata.window.getByTestId('node-esx-01')).toBeVisible();
  await stubDialogs(strata.app, { open: [bad] });
  await clickMenu(strata.app, 'file-open');
  await expect(strata.window.getByText(/nodes\[0\]\.ramGiB/)).toBeVisible();
  expect(await windowTitle(strata.app)).toBe('good.strata — Strata');
  await expect(strata.window.getByTestId('node-esx-01')).toBeVisible();
  expect(await dialogLog(strata.app)).toEqual([`open:${bad}`]);
});

test('a PNG exported by Strata opens as the editable plan', async () => {
  const png = join(dir, 'diagram.png');
  writeFileSync(png, embedPlanInPng(tinyPng(), readFileSync(EXAMPLE, 'utf8')));
  strata = await launchStrata(executable);
  await stubDialogs(strata.app, { open: [png] });
  await clickMenu(strata.app, 'file-open');
  await expect(strata.window.getByTestId('node-esx-01')).toBeVisible();
  // A PNG is not where Save writes: the title shows the plan's name until it is saved.
  await expect.poll(() => windowTitle(strata!.app)).toBe(`${exampleName()} — Strata`);
});

test('a second file opens in a window of its own; opened files are listed under Open Recent, across launches, and reopen from there', async () => {
  const first = join(dir, 'first.strata');
  const second = join(dir, 'second.strata');
  copyFileSync(EXAMPLE, first);
  copyFileSync(EXAMPLE, second);
  strata = await launchStrata(executable);
  const { userData } = strata;
  await stubDialogs(strata.app, { open: [first, second] });
  // The start window shows the example as it came: the first file opens in its place …
  await clickMenu(strata.app, 'file-open');
  await expect.poll(() => windowTitle(strata!.app)).toBe('first.strata — Strata');
  // … and the next in a window of its own: each window is one document.
  await clickMenu(strata.app, 'file-open');
  await expect
    .poll(() => windowTitles(strata!.app))
    .toEqual(['first.strata — Strata', 'second.strata — Strata']);
  await strata.app.close();

  strata = await launchStrata(executable, { userData });
  const recent = () =>
    strata!.app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.getMenuItemById('file-open-recent')?.submenu?.items ?? [])
        .filter((item) => item.id.startsWith('recent-'))
        .map((item) => item.label),
    );
  await expect.poll(recent).toEqual(['second.strata', 'first.strata']);
  await clickMenu(strata.app, 'recent-1');
  await expect.poll(() => windowTitle(strata!.app)).toBe('first.strata — Strata');
  await expect(strata.window.getByTestId('node-esx-01')).toBeVisible();
});
