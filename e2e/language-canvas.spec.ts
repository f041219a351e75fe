import { expect, test } from '@playwright/test';
import { card, fitView, openApp, openExample } from './support/app';
import { clippedLabels, englishLeft } from './support/clipped';

/** The text elements of the canvas and its panels that translation can make wider. */
const SELECTORS = [
  '.toolbar .tool span',
  '.scenario-tabs button',
  '.statusbar span',
  '.card__name',
  '.meter__label',
  '.meter__text',
  '.card__note',
  '.link-legend__item',
  '.compare strong',
  '.compare h3',
  '.compare th',
  '.compare td',
  '.compare label',
  '.compare select',
  '.failure-summary__title',
  '.failure-summary__node',
  '.failure-summary__counts span',
  '.failure-summary .figure__label',
  '.find__count',
  '.find__name',
  '.find__path',
  '.shortcut-sheet h3',
  '.shortcut-sheet dt',
  '.files-dialog__buttons button',
];

/** Words these views said in English; none may be left once the editor speaks Chinese. */
const ENGLISH = [
  'Duplicate', 'Rename', 'Delete', 'Editing', 'nodes', 'links', 'selected', 'cores', 'RAM',
  'Compare', 'What changed', 'Change', 'Show changes', 'better', 'worse', 'Moved', 'Host retired',
  'What if it fails', 'If', 'fails', 'down', 'lost', 'Services down', 'Degraded', 'restarted',
  'matches', 'on the canvas', 'Find a node', 'Close', 'Undo', 'dependency', 'depends on', 'No host OS',
];

test('in Chinese the canvas, scenario tabs, status bar, Compare, failure summary, Find and the shortcut sheet fit their text', async ({
  page,
}, info) => {
  // Kept in the test's output folder and attached to the report, for a person to look at.
  const shoot = async (name: string): Promise<void> => {
    const path = info.outputPath(`${name}.png`);
    await page.screenshot({ path });
    await info.attach(name, { path, contentType: 'image/png' });
  };
  await openApp(page);
  await page.getByTestId('language-button').click();
  await page.getByTestId('action-view-language-zh-cn').click();
  await openExample(page, '05-consolidation-scenarios');
  await page.getByTestId('scenario-tab-virtualized').click();
  await fitView(page);

  // Toolbar, scenario tabs, status bar and a card.
  await expect(page.getByTestId('scenario-duplicate')).toHaveText('复制');
  await expect(page.getByTestId('status-mode')).toHaveText('编辑中');
  await expect(page.getByTestId('status-counts')).toContainText('个节点');
  await expect(page.getByTestId('ram-esx-01')).toContainText('内存');
  await expect(card(page, 'esx-01-hv')).toContainText('集群 prod');

  // Compare, with its pickers.
  await page.getByTestId('action-view-compare').click();
  const compare = page.getByTestId('compare-panel');
  await expect(compare).toContainText('变更内容');
  await expect(compare.locator('thead')).toContainText('变化');
  await expect(page.getByTestId('compare-to-another-file')).toHaveText('其他文件…');
  await shoot('zh-CN-canvas-compare');
  expect(await clippedLabels(page, SELECTORS)).toEqual([]);
  expect(await englishLeft(page.locator('.app'), ENGLISH)).toEqual([]);
  await page.getByTestId('compare-close').click();

  // The failure summary, pointing at a server.
  await page.getByTestId('action-view-failure-mode').click();
  await card(page, 'esx-01').hover({ position: { x: 40, y: 10 } });
  const summary = page.getByTestId('failure-summary');
  await expect(summary.getByTestId('failure-node')).toHaveText('如果 esx-01 故障');
  await expect(summary.getByTestId('failure-down-count')).toContainText('停机');
  await expect(page.getByTestId('status-mode')).toContainText('故障模式');
  await shoot('zh-CN-failure');
  expect(await clippedLabels(page, SELECTORS)).toEqual([]);
  expect(await englishLeft(page.locator('.app'), ENGLISH)).toEqual([]);
  await page.getByTestId('action-view-failure-mode').click();

  // Find.
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill('esx');
  await expect(page.getByTestId('find-count')).toContainText('个匹配');
  await expect(page.getByTestId('find-input')).toHaveAttribute('placeholder', /查找节点/);
  expect(await clippedLabels(page, SELECTORS)).toEqual([]);
  expect(await englishLeft(page.getByTestId('find-box'), ENGLISH)).toEqual([]);
  await page.keyboard.press('Escape');

  // The shortcut sheet.
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet.getByTestId('shortcuts-edit')).toContainText('编辑');
  await expect(page.getByTestId('shortcut-sheet-close')).toHaveText('关闭');
  await shoot('zh-CN-shortcuts');
  expect(await clippedLabels(page, SELECTORS)).toEqual([]);
  expect(await englishLeft(sheet, ENGLISH)).toEqual([]);
});
