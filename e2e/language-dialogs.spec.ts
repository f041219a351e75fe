/**
 * The dialogs and the inspector in Chinese, as a person gets there: View ▸ Language in the
 * toolbar, an example, a card clicked, Plan settings, Plan ▸ Consolidate…, File ▸ Export PNG… and
 * File ▸ Import… with an inventory from the file chooser. Their labels and buttons speak Chinese
 * and none is cut off; a screenshot of each is attached for review.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { SHOP_COMPOSE } from '../shared/import/test-support/inventoryFixtures';
import { fileMenu } from './files-helpers';
import { card, openApp, openExample } from './support/app';
import { clippedLabels, pastTheEdge } from './support/clipped';

/** Where dialog and inspector words sit: titles, labels, units, buttons, notes. */
const LABELS = [
  '.files-dialog__title',
  '.files-dialog__text',
  '.files-dialog button',
  '.files-dialog label',
  '.files-scale__label',
  '.files-include__item',
  '.consolidate-label',
  '.consolidate-row > span',
  '.consolidate-check span',
  '.import-field > span',
  '.import-check span',
  '.import-preview p',
  '.import-preview summary',
  '.inspector .panel-title',
  '.inspector button',
  '.field__label',
  '.field__unit',
  '.field__error',
  '.fieldset legend',
];

async function look(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`zh-CN-${name}.png`);
  await page.screenshot({ path });
  await info.attach(`zh-CN-${name}`, { path, contentType: 'image/png' });
  expect(await clippedLabels(page, LABELS), name).toEqual([]);
}

test('the inspector, Plan settings and the Consolidate, Export and Import dialogs in Chinese, nothing clipped', async ({
  page,
}, info) => {
  await openApp(page);
  await page.getByTestId('language-button').click();
  await page.getByTestId('action-view-language-zh-cn').click();
  await openExample(page, '02-esxi-ha-cluster');

  // A card's inspector: labels, units, and a number typed the wrong way refused in Chinese.
  await card(page, 'vm-db').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('属性');
  await expect(inspector).toContainText('客户机操作系统');
  const ram = page.getByTestId('field-ramGiB');
  await ram.fill('8,5');
  await ram.press('Enter');
  await expect(page.getByTestId('field-ramGiB-error')).toHaveText('8,5：小数请用小数点“.”');
  await look(page, info, 'inspector');
  await ram.press('Escape');

  // Plan settings.
  await page.getByTestId('sidebar-tab-settings').click();
  const settings = page.getByTestId('inspector-plan');
  await expect(settings).toContainText('CPU 超分');
  await expect(settings).toContainText('宿主机操作系统补丁工时');
  await expect(settings).toContainText('次/年');
  await look(page, info, 'plan-settings');
  expect(await pastTheEdge(page, '.field__unit, .field__control', '.sidebar')).toEqual([]);

  // Plan ▸ Consolidate…
  await page.getByTestId('plan-menu-button').click();
  await page.getByTestId('action-plan-consolidate').click();
  const consolidate = page.getByTestId('consolidate-dialog');
  await expect(consolidate).toContainText('宿主机型号');
  await expect(page.getByTestId('consolidate-run')).toHaveText('开始整合');
  await page.getByTestId('consolidate-ha').fill('-1');
  await page.getByTestId('consolidate-run').click();
  await expect(page.getByTestId('consolidate-ha-error')).toHaveText('高可用 N+k：请输入不小于 0 的整数');
  await look(page, info, 'consolidate');
  await page.getByTestId('consolidate-close').click();
  await expect(consolidate).toHaveCount(0);

  // File ▸ Export PNG…, with the selection offered.
  await fileMenu(page, 'export-png');
  const exportDialog = page.getByTestId('export-png-dialog');
  await expect(exportDialog).toContainText('导出 PNG');
  await expect(page.getByTestId('export-scope-selection')).toContainText('所选内容');
  await expect(page.getByTestId('png-include-transparent').locator('..')).toContainText('透明背景');
  await look(page, info, 'export');
  await page.getByTestId('export-png-cancel').click();
  await expect(exportDialog).toHaveCount(0);

  // File ▸ Import…, the inventory chosen in the file chooser.
  await page.getByTestId('file-menu-button').click();
  await page.getByTestId('file-menu').getByTestId('action-file-import').click();
  const importDialog = page.getByTestId('import-dialog');
  await expect(importDialog).toContainText('导入资产清单');
  const chooser = page.waitForEvent('filechooser');
  await importDialog.getByTestId('import-file-input').click();
  await (await chooser).setFiles({
    name: 'compose.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(SHOP_COMPOSE, 'utf8'),
  });
  await expect(importDialog.getByTestId('import-preview')).toBeVisible();
  await expect(importDialog.getByTestId('import-included')).toContainText('已包含');
  await expect(importDialog.getByTestId('import-new-plan')).toHaveText('用导入内容新建方案');
  await look(page, info, 'import');
  await importDialog.getByTestId('import-cancel').click();
  await expect(importDialog).toHaveCount(0);
});
