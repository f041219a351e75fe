import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openApp, openExample } from './support/app';
import { clippedChinese } from './support/clipped';

/**
 * Translated text elements whose content is cut off (wider than their box), as `tag.class: text`.
 * Only elements showing Chinese are checked: plan data and product names (a palette detail such
 * as `Windows Server 2022 · 4 vCPU · 16 GiB`) are ellipsized the same in every language.
 */
async function clippedLabels(page: Page): Promise<string[]> {
  return clippedChinese(page, [
    '.toolbar .tool span',
    '.menu__title',
    '.panel-title',
    '.palette__label',
    '.palette__detail',
    '.palette__group h3',
    '.tile__label',
    '.tile__value',
    '.figure__label',
    '.figure__value',
    '.section__title',
    '.metrics th',
    '.badge',
  ]);
}

const CJK = /[\u4e00-\u9fff]/;

test('View ▸ Language switches the editor to Chinese, with nothing clipped, and is remembered', async ({ page }, info) => {
  await openApp(page);
  await openExample(page, '04-mixed-dr-sites');
  await expect(page.getByTestId('action-view-compare')).toHaveText('Compare');

  await page.getByTestId('language-button').click();
  await page.getByTestId('action-view-language-zh-cn').click();

  // The toolbar, the File menu, the palette and the figures speak Chinese.
  await expect(page.getByTestId('action-view-compare')).toHaveText('对比');
  await expect(page.getByTestId('examples-button')).toContainText('示例');
  await expect(page.getByTestId('palette')).toContainText('组件面板');
  await expect(page.getByTestId('palette-group-vm')).toContainText('虚拟机');
  await expect(page.getByTestId('palette-item-vm-linux')).toContainText('Linux 虚拟机');
  await expect(page.getByTestId('sidebar-tab-figures')).toHaveText('指标');
  await expect(page.getByTestId('sidebar-tab-settings')).toHaveText('方案设置');
  await expect(page.getByTestId('section-consolidation')).toContainText('整合比');
  await expect(page.getByTestId('section-blast')).toContainText('故障影响范围');
  await expect(page.getByTestId('section-resilience')).toContainText('容灾覆盖率');
  await expect(page.getByTestId('metric-hours-year')).toHaveText('226.2 小时');
  await page.getByTestId('sidebar-tab-issues').click();
  await expect(page.getByTestId('issue-0')).toContainText('服务“web”');
  await page.getByTestId('sidebar-tab-figures').click();
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  await page.screenshot({ path: info.outputPath('zh-CN-main.png') });
  expect(await clippedLabels(page)).toEqual([]);

  // The File menu.
  await page.getByTestId('file-menu-button').click();
  await expect(page.getByTestId('file-menu')).toContainText('另存为…');
  expect(await clippedLabels(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('zh-CN-file-menu.png') });
  await page.keyboard.press('Escape');

  // Remembered: a reload starts in Chinese.
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('action-view-compare')).toHaveText('对比');
  expect(CJK.test((await page.getByTestId('metrics').textContent()) ?? '')).toBe(true);

  // And back to English.
  await page.getByTestId('language-button').click();
  await page.getByTestId('action-view-language-en').click();
  await expect(page.getByTestId('action-view-compare')).toHaveText('Compare');
  await expect(page.getByTestId('section-consolidation')).toContainText('Consolidation ratio');
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('starts in Chinese', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('action-view-compare')).toHaveText('对比');
    await expect(page.getByTestId('metrics')).toContainText('整合比');
  });
});
