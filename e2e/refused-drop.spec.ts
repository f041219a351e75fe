import { expect, test } from '@playwright/test';
import { card, openApp, openExample, planOnScreen } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { boxOf, centreOf, moveInSteps, press } from './support/pointer';

test('a VM dropped on a bare-metal server is refused: outlined red, the reason beside the pointer, nothing changes', async ({ page }) => {
  await openApp(page);
  await openExample(page, '01-legacy-bare-metal');
  const before = await page.evaluate(() => window.__strataTest?.getPlanJson());

  const item = page.getByTestId('palette-item-vm-linux');
  await item.scrollIntoViewIfNeeded();
  const from = await centreOf(item);
  const target = await centreOf(card(page, 'srv-db'));
  await press(page, from);
  await moveInSteps(page, from, target, 15);

  const feedback = page.getByTestId('drop-feedback');
  await expect(feedback).toHaveAttribute('data-ok', 'false');
  await expect(feedback).toHaveText('A VM cannot go inside a server: it goes inside a hypervisor.');
  await expect(card(page, 'srv-db')).toHaveAttribute('data-drop', 'refuse');
  // The reason sits beside the pointer.
  const label = await boxOf(feedback);
  expect(Math.abs(label.x - target.x)).toBeLessThan(60);
  expect(Math.abs(label.y - target.y)).toBeLessThan(80);

  await page.mouse.up();
  const toast = page.getByTestId('toast');
  await expect(toast).toHaveAttribute('data-kind', 'refused');
  await expect(toast).toContainText('A VM cannot go inside a server: it goes inside a hypervisor.');
  await expect(feedback).toHaveCount(0);
  await expect(card(page, 'srv-db')).not.toHaveAttribute('data-drop', /.+/);
  expect(await page.evaluate(() => window.__strataTest?.getPlanJson())).toBe(before);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();
  await expectFiguresMatchEngine(page);
});

test('a container dropped on the bare canvas is refused with the reason', async ({ page }) => {
  await openApp(page);
  const before = await planOnScreen(page);
  const item = page.getByTestId('palette-item-ct-linux');
  await item.scrollIntoViewIfNeeded();
  const from = await centreOf(item);
  const canvas = await boxOf(page.getByTestId('canvas'));
  const empty = { x: canvas.x + canvas.width / 2, y: canvas.y + 60 };
  await press(page, from);
  await moveInSteps(page, from, empty, 15);
  await expect(page.getByTestId('drop-feedback')).toHaveText(/^A container must go inside a runtime, not on the bare canvas\.$/i);
  await page.mouse.up();
  await expect(page.getByTestId('toast')).toContainText('must go inside a runtime');
  expect((await planOnScreen(page)).nodes).toEqual(before.nodes);
  await expectFiguresMatchEngine(page);
});

test('moving a node onto a parent that refuses it puts it back and says why', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const before = await page.evaluate(() => window.__strataTest?.getPlanJson());
  const vm = card(page, 'vm-web');
  const start = await boxOf(vm);
  const from = { x: start.x + start.width / 2, y: start.y + 12 };
  const canvas = await boxOf(page.getByTestId('canvas'));
  const empty = { x: canvas.x + canvas.width / 2, y: canvas.y + 40 };
  await press(page, from);
  await moveInSteps(page, from, empty, 15);
  await expect(page.getByTestId('drop-feedback')).toHaveAttribute('data-ok', 'false');
  await page.mouse.up();
  await expect(page.getByTestId('toast')).toContainText('A VM must go inside a hypervisor, not on the bare canvas.');
  expect(await page.evaluate(() => window.__strataTest?.getPlanJson())).toBe(before);
  await expect.poll(async () => (await boxOf(vm)).y).toBeCloseTo(start.y, 0);
  await expectFiguresMatchEngine(page);
});
