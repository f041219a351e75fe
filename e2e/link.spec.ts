import { expect, test } from '@playwright/test';
import { card, expectPlan, openApp, openExample, planOnScreen } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { centreOf, headerOf, moveInSteps, press } from './support/pointer';

test('dragging from one workload to another says the first depends on the second', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const before = await planOnScreen(page);
  await expect(page.locator('.react-flow__edge')).toHaveCount(before.links.length);

  const from = await centreOf(card(page, 'vm-monitoring').locator('.handle--out'));
  const to = await centreOf(card(page, 'vm-mail'));
  await press(page, from);
  await moveInSteps(page, from, to, 15);
  await expect(page.locator('.react-flow__connectionline')).toHaveCount(1);
  await page.mouse.up();

  const plan = await expectPlan(page, (p) => p.links.length === before.links.length + 1, 'link added');
  expect(plan.links.at(-1)).toMatchObject({ from: 'vm-monitoring', to: 'vm-mail' });
  const linkId = plan.links.at(-1)?.id ?? '';
  await expect(page.getByTestId(`rf__edge-${linkId}`)).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(before.links.length + 1);
  await expectFiguresMatchEngine(page);

  // One step to undo.
  await page.keyboard.press('Control+z');
  await expectPlan(page, (p) => p.links.length === before.links.length, 'link undone');
});

test('a link to something that is not a workload is refused with the reason', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const before = await planOnScreen(page);
  const from = await centreOf(card(page, 'vm-web').locator('.handle--out'));
  const to = await headerOf(card(page, 'esx-02-hv'));
  await press(page, from);
  await moveInSteps(page, from, to, 15);
  await page.mouse.up();
  await expect(page.getByTestId('toast')).toContainText('Hypervisor "ESXi 8 on esx-02" is not a workload');
  expect((await planOnScreen(page)).links).toEqual(before.links);
  await expect(page.locator('.react-flow__edge')).toHaveCount(before.links.length);
  await expectFiguresMatchEngine(page);
});
