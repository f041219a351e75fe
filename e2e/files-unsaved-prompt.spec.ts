import { expect, test } from '@playwright/test';
import { loadPlan } from '../shared/load/loadPlan';
import { openApp, openExample } from './support/app';
import {
  chooseFile,
  downloadFrom,
  editRam,
  expectClean,
  planJson,
  planOfFile,
} from './files-helpers';

test('New plan with unsaved changes: Cancel keeps the plan, Don’t Save discards it', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-db', '80');
  const edited = await planJson(page);

  await page.getByTestId('action-file-new').click();
  const prompt = page.getByTestId('unsaved-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('starting a new plan');
  await page.getByTestId('unsaved-cancel').click();
  await expect(prompt).toHaveCount(0);
  expect(await planJson(page)).toBe(edited);
  await expect(page.getByTestId('plan-name')).toContainText('•');

  // Escape is Cancel too, and the editor's shortcuts wait while the prompt is open.
  await page.getByTestId('action-file-new').click();
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(prompt).toHaveCount(0);
  expect(await planJson(page)).toBe(edited);

  await page.getByTestId('action-file-new').click();
  await page.getByTestId('unsaved-discard').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const fresh = loadPlan(await planJson(page));
  expect(fresh.ok && fresh.plan.nodes).toEqual([]);
  await expectClean(page);
});

test('an example with unsaved changes: Save downloads the plan, then the example opens', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-db', '80');
  const edited = await planJson(page);

  await page.getByTestId('examples-button').click();
  await page.getByTestId('action-example-01-legacy-bare-metal').click();
  await expect(page.getByTestId('unsaved-prompt')).toContainText('opening the example');
  const saved = await downloadFrom(page, () => page.getByTestId('unsaved-save').click());
  expect(saved.name.endsWith('.strata')).toBe(true);
  expect(planOfFile(saved.bytes.toString('utf8'))).toBe(edited);
  await expect(page.getByTestId('unsaved-prompt')).toHaveCount(0);
  await expect
    .poll(async () => JSON.parse(await planJson(page)).name)
    .not.toBe(JSON.parse(edited).name);
  await expect(page.getByTestId('node-srv-db')).toBeVisible();
  await expectClean(page);
});

test('opening another plan with unsaved changes asks first', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const original = await planJson(page);
  await editRam(page, 'vm-db', '80');
  const edited = await planJson(page);

  await chooseFile(page, 'original.strata', original);
  await expect(page.getByTestId('unsaved-prompt')).toContainText('opening “original.strata”');
  await page.getByTestId('unsaved-cancel').click();
  expect(await planJson(page)).toBe(edited);

  await chooseFile(page, 'original.strata', original);
  await page.getByTestId('unsaved-discard').click();
  await expect.poll(() => planJson(page)).toBe(original);
  await expectClean(page);
});
