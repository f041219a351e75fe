import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, openExample } from './support/app';
import { chooseFile, editRam, expectClean, planJson } from './files-helpers';

const fixture = (name: string): Promise<Buffer> =>
  readFile(new URL(`../shared/load/fixtures/${name}`, import.meta.url));

async function expectRefused(page: Page, message: string): Promise<void> {
  const toast = page.getByTestId('toast');
  await expect(toast).toHaveAttribute('data-kind', 'refused');
  await expect(toast).toContainText(message);
}

test('a file the loader refuses shows its message and leaves the plan untouched', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const before = await planJson(page);

  await chooseFile(page, 'file.strata', await fixture('bad-field-type.json'));
  await expectRefused(
    page,
    'Cannot open "file.strata": nodes[3].ramGiB: must be a positive number',
  );
  expect(await planJson(page)).toBe(before);
  await expectClean(page);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();
  await expect(page.getByTestId('unsaved-prompt')).toHaveCount(0);

  await chooseFile(page, 'notes.json', 'this is not JSON');
  await expectRefused(page, 'Cannot open "notes.json": file: ');
  expect(await planJson(page)).toBe(before);
});

test('in Chinese (View ▸ Language), a refused file is explained in Chinese, naming it', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('language-button').click();
  await page.getByTestId('action-view-language-zh-cn').click();
  await openExample(page, '02-esxi-ha-cluster');
  const before = await planJson(page);

  await chooseFile(page, '方案.strata', await fixture('bad-field-type.json'));
  await expectRefused(page, '无法打开“方案.strata”：nodes[3].ramGiB：必须是正数');
  await chooseFile(page, 'latin1.strata', Buffer.from([0x7b, 0xe9, 0x7d]));
  await expectRefused(page, '无法打开“latin1.strata”：它不是 UTF-8 文本');
  expect(await planJson(page)).toBe(before);
});

test('a PNG that Strata did not export is refused with the reason', async ({ page }) => {
  await openApp(page);
  const before = await planJson(page);
  const screenshot = await page.screenshot();
  await chooseFile(page, 'screenshot.png', screenshot);
  await expectRefused(
    page,
    'Cannot open "screenshot.png": this PNG was not exported by Strata (it holds no plan)',
  );
  expect(await planJson(page)).toBe(before);
});

test('with unsaved changes, a refused file neither prompts nor touches the edits', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-db', '80');
  const edited = await planJson(page);
  await chooseFile(page, 'missing-parent.strata', await fixture('missing-parent.json'));
  await expectRefused(
    page,
    'Cannot open "missing-parent.strata": nodes[4].parentId: no node has id "s9"',
  );
  await expect(page.getByTestId('unsaved-prompt')).toHaveCount(0);
  expect(await planJson(page)).toBe(edited);
  await expect(page.getByTestId('plan-name')).toContainText('•');
  await expect(page.getByTestId('action-edit-undo')).toBeEnabled();
});
