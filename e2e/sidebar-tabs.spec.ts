import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, engineReport, openApp, openExample } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { boxOf } from './support/pointer';

const EXAMPLES = [
  '01-legacy-bare-metal',
  '02-esxi-ha-cluster',
  '03-kubernetes-containers',
  '04-mixed-dr-sites',
  '05-consolidation-scenarios',
];

async function selected(page: Page): Promise<string[]> {
  return page
    .getByTestId('sidebar-tabs')
    .getByRole('tab', { selected: true })
    .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-testid') ?? ''));
}

/** Figures whose text runs past their box, or past the sidebar's right edge. */
async function cutFigures(page: Page, sidebar: Locator): Promise<string[]> {
  const right = (await boxOf(sidebar)).x + (await boxOf(sidebar)).width;
  return page
    .locator('[data-testid="sidebar-panel-figures"] :is(.figure__value, .figure__label, .tile__value, .tile__label, .usage__text)')
    .evaluateAll(
      (els, edge) =>
        els
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return el.scrollWidth > el.clientWidth + 1 || box.right > edge + 0.5;
          })
          .map((el) => el.textContent ?? ''),
      right,
    );
}

test('the sidebar has tabs: Figures first and shown, Plan settings, Issues with its count; keyboard and memory', async ({
  page,
}) => {
  await openApp(page);
  const tabs = page.getByTestId('sidebar-tabs');
  await expect(tabs).toHaveAttribute('role', 'tablist');
  await expect(tabs.getByRole('tab')).toHaveText([/^Figures/, /^Plan settings/, /^Issues/]);
  expect(await selected(page)).toEqual(['sidebar-tab-figures']);
  await expect(page.getByTestId('metrics')).toBeVisible();
  await expect(page.getByTestId('inspector-plan')).toBeHidden();
  await expectFiguresMatchEngine(page);

  // The Issues tab counts the engine's issues.
  const { report } = await engineReport(page);
  await expect(page.getByTestId('sidebar-issues-count')).toHaveAttribute('data-value', String(report.issues.length));
  await page.getByTestId('sidebar-tab-issues').click();
  await expect(page.getByTestId('sidebar-panel-issues')).toBeVisible();
  await expect(page.getByTestId('section-issues')).toBeVisible();
  await expect(page.getByTestId('metrics')).toBeHidden();
  await expect(page.getByTestId('sidebar-panel-issues')).toHaveAttribute('aria-labelledby', 'sidebar-tab-issues');

  // Keyboard: arrows move and activate (wrapping), Home and End jump; focus follows.
  await page.getByTestId('sidebar-tab-issues').focus();
  await page.keyboard.press('ArrowRight');
  expect(await selected(page)).toEqual(['sidebar-tab-figures']);
  await expect(page.getByTestId('sidebar-tab-figures')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  expect(await selected(page)).toEqual(['sidebar-tab-settings']);
  await expect(page.getByTestId('inspector-plan')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByTestId('sidebar-tab-issues')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('sidebar-tab-figures')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  expect(await selected(page)).toEqual(['sidebar-tab-issues']);
  // Only the chosen tab is in the Tab order.
  await expect(page.getByTestId('sidebar-tab-issues')).toHaveAttribute('tabindex', '0');
  await expect(page.getByTestId('sidebar-tab-figures')).toHaveAttribute('tabindex', '-1');

  // Remembered, like the panels.
  await page.getByTestId('sidebar-tab-settings').click();
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  expect(await selected(page)).toEqual(['sidebar-tab-settings']);
  await expect(page.getByTestId('field-plan-name')).toBeVisible();
});

test('a selected node’s inspector sits above the tabs, which keep showing the figures', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await expect(page.getByTestId('inspector')).toHaveCount(0);
  await card(page, 'esx-03-hv').click({ position: { x: 30, y: 8 } });
  const inspector = page.getByTestId('inspector-node');
  await expect(inspector).toHaveAttribute('data-node-id', 'esx-03-hv');
  const tabs = await boxOf(page.getByTestId('sidebar-tabs'));
  const above = await boxOf(page.getByTestId('inspector'));
  expect(above.y + above.height).toBeLessThanOrEqual(tabs.y + 0.5);
  await expect(page.getByTestId('metric-ratio')).toBeVisible();
  // Editing a field there changes the figures below it.
  await page.getByTestId('field-name').fill('esx-03-renamed');
  await page.getByTestId('field-name').press('Enter');
  await expect(card(page, 'esx-03-hv')).toContainText('esx-03-renamed');
  await page.keyboard.press('Escape');
  await page.mouse.click((await boxOf(page.getByTestId('canvas'))).x + 5, (await boxOf(page.getByTestId('canvas'))).y + 300);
  await expect(page.getByTestId('inspector')).toHaveCount(0);
});

for (const width of [640, 280]) {
  test(`no figure is cut in a ${width} px sidebar at 1600 px, on any example`, async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await openApp(page);
    const resizer = page.getByTestId('sidebar-resizer');
    await resizer.focus();
    // Home: the narrowest sidebar; End: the widest.
    await page.keyboard.press(width === 280 ? 'Home' : 'End');
    await expect(resizer).toHaveAttribute('aria-valuenow', String(width));
    const sidebar = page.locator('.sidebar');
    for (const id of EXAMPLES) {
      await openExample(page, id);
      expect(await cutFigures(page, sidebar), id).toEqual([]);
    }
    await page.screenshot({ path: `test-results/screenshots/sidebar-${width}.png` });
  });
}
