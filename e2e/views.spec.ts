import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { card, fitView, loadPlanInApp, openApp, openExample, planOnScreen } from './support/app';
import { partialHaPlan } from './support/plans';

const SHOTS = 'test-results/screenshots';

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(2, 300);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test('the theme follows the system, and the toggle overrides it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.react-flow')).toHaveClass(/dark/);
  await page.getByTestId('action-view-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('action-view-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the minimap and controls are there, and the minimap can be hidden', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await expect(page.locator('.react-flow__controls')).toBeVisible();
  await page.keyboard.press('m');
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByTestId('action-view-minimap').click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('Tidy up packs the top-level nodes in rows without overlap, as one undoable step', async ({ page }) => {
  await openApp(page);
  await loadPlanInApp(page, partialHaPlan());
  await page.getByTestId('action-view-tidy').click();
  await expect.poll(async () => (await planOnScreen(page)).nodes.filter((n) => n.parentId === null && n.position).length).toBe(0);
  await fitView(page);
  const boxes = await Promise.all(['host-a', 'host-b', 'host-c'].map(async (id) => card(page, id).boundingBox()));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      const apart = !a || !b || a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
  }
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await planOnScreen(page)).nodes.find((n) => n.id === 'host-c')?.position).toEqual({ x: 0, y: 600 });
});

test('screenshots of the main views', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await fitView(page);
  await shot(page, 'editor-light');

  await card(page, 'vm-db').click();
  await shot(page, 'inspector-vm-light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await openExample(page, '04-mixed-dr-sites');
  await shot(page, 'editor-dark');

  await page.emulateMedia({ colorScheme: 'light' });
  await loadPlanInApp(page, partialHaPlan());
  await page.getByTestId('action-view-failure-mode').click();
  await card(page, 'host-a').hover({ position: { x: 40, y: 10 } });
  await expect(page.getByTestId('failure-node')).toHaveAttribute('data-id', 'host-a');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/failure-mode.png` });
  await page.keyboard.press('Escape');

  await openExample(page, '04-mixed-dr-sites');
  await page.getByTestId('action-view-heat').click();
  await shot(page, 'heat-view');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'heat-view-dark');
});
