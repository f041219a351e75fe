import { expect, test } from '@playwright/test';
import { card, expectPlan, openApp, openExample, parentOf, planOnScreen } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { bodyOf, centreOf, headerOf, moveInSteps, press } from './support/pointer';

test('undo and redo step through every change, a whole drag being one step', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const original = await page.evaluate(() => window.__strataTest?.getPlanJson());
  const count = (await planOnScreen(page)).nodes.length;

  // 1. A palette drop.
  const item = page.getByTestId('palette-item-vm-linux');
  await item.scrollIntoViewIfNeeded();
  const from = await centreOf(item);
  const into = await bodyOf(card(page, 'esx-03-hv'));
  await press(page, from);
  await moveInSteps(page, from, into, 15);
  await page.mouse.up();
  await expectPlan(page, (p) => p.nodes.length === count + 1, 'VM added');

  // 2. A migration by drag, with many frames.
  const start = await headerOf(card(page, 'vm-web'));
  const target = await bodyOf(card(page, 'esx-03-hv'));
  await press(page, start);
  await moveInSteps(page, start, target, 30);
  await page.mouse.up();
  await expectPlan(page, (p) => parentOf(p, 'vm-web') === 'esx-03-hv', 'vm-web migrated');
  await expectFiguresMatchEngine(page);

  await page.keyboard.press('Control+z');
  await expectPlan(page, (p) => parentOf(p, 'vm-web') === 'esx-01-hv' && p.nodes.length === count + 1, 'drag undone in one step');
  await expectFiguresMatchEngine(page);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.evaluate(() => window.__strataTest?.getPlanJson())).toBe(original);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();

  await page.keyboard.press('Control+Shift+z');
  await expectPlan(page, (p) => p.nodes.length === count + 1 && parentOf(p, 'vm-web') === 'esx-01-hv', 'drop redone');
  await page.keyboard.press('Control+y');
  await expectPlan(page, (p) => parentOf(p, 'vm-web') === 'esx-03-hv', 'drag redone');
  await expect(page.getByTestId('action-edit-redo')).toBeDisabled();
  await expectFiguresMatchEngine(page);
});

test('Delete removes a node with its subtree and its links; undo brings them back', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const original = await page.evaluate(() => window.__strataTest?.getPlanJson());
  await card(page, 'esx-02').click({ position: { x: 40, y: 10 } });
  await page.keyboard.press('Delete');
  const plan = await expectPlan(page, (p) => !p.nodes.some((n) => n.id === 'esx-02'), 'esx-02 deleted');
  for (const id of ['esx-02-hv', 'vm-erp', 'vm-crm', 'vm-monitoring']) expect(plan.nodes.some((n) => n.id === id)).toBe(false);
  expect(plan.links.some((l) => ['vm-erp', 'vm-crm'].includes(l.from))).toBe(false);
  await expect(card(page, 'vm-erp')).toHaveCount(0);
  await expectFiguresMatchEngine(page);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.evaluate(() => window.__strataTest?.getPlanJson())).toBe(original);
  await expect(card(page, 'vm-erp')).toBeVisible();
});

test('Escape cancels a drag back to where it started; undo waits for the gesture to end', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  // Make one change so that undo has something to do.
  await card(page, 'vm-api').click();
  const ram = page.getByTestId('field-ramGiB');
  await ram.fill('12');
  await ram.press('Enter');
  await expectPlan(page, (p) => p.nodes.some((n) => n.id === 'vm-api' && n.kind === 'vm' && n.ramGiB === 12), 'edit');
  const edited = await page.evaluate(() => window.__strataTest?.getPlanJson());

  const vm = card(page, 'vm-api');
  const home = await vm.boundingBox();
  const start = await headerOf(vm);
  const over = await bodyOf(card(page, 'esx-01-hv'));
  await press(page, start);
  await moveInSteps(page, start, over, 15);
  await expect(card(page, 'esx-01-hv')).toHaveAttribute('data-drop', 'accept');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drop-feedback')).toHaveCount(0);
  await expect.poll(async () => (await vm.boundingBox())?.y).toBeCloseTo(home?.y ?? 0, 0);
  await moveInSteps(page, over, { x: over.x + 40, y: over.y + 10 }, 5);
  await page.mouse.up();
  expect(await page.evaluate(() => window.__strataTest?.getPlanJson())).toBe(edited);
  await expect.poll(async () => (await vm.boundingBox())?.x).toBeCloseTo(home?.x ?? 0, 0);
  // The edit is still there to undo: Ctrl+Z during the drag did nothing.
  await page.keyboard.press('Control+z');
  await expectPlan(page, (p) => p.nodes.some((n) => n.id === 'vm-api' && n.kind === 'vm' && n.ramGiB === 8), 'edit undone');
});
