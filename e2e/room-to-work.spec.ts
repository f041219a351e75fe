import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { centreOf } from './support/pointer';

test('palette and sidebar collapse and resize, by pointer and keyboard, and are remembered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page);
  const canvasWidth = async () => (await page.getByTestId('canvas').boundingBox())?.width ?? 0;
  const start = await canvasWidth();

  await page.getByTestId('palette-toggle').click();
  await expect(page.getByTestId('palette')).toHaveCount(0);
  await expect(page.getByTestId('palette-toggle')).toHaveAttribute('aria-expanded', 'false');
  expect(await canvasWidth()).toBeGreaterThan(start + 200);

  // Dragging the sidebar's handle to the right narrows it.
  const sidebar = page.getByTestId('sidebar-resizer');
  const before = Number(await sidebar.getAttribute('aria-valuenow'));
  const from = await centreOf(sidebar);
  await page.mouse.move(from.x, from.y + 100);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 100, { steps: 5 });
  await page.mouse.move(from.x + 60, from.y + 100, { steps: 5 });
  await page.mouse.up();
  await expect(sidebar).toHaveAttribute('aria-valuenow', String(before - 60));

  // The keyboard: focus the handle, arrow left widens the sidebar.
  await sidebar.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(sidebar).toHaveAttribute('aria-valuenow', String(before - 60 + 16));

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByTestId('palette')).toHaveCount(0);
  await expect(page.getByTestId('sidebar-resizer')).toHaveAttribute(
    'aria-valuenow',
    String(before - 44),
  );
  await page.getByTestId('palette-toggle').click();
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('no figure is cut off, and the first view is readable', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page);
  const cut = await page
    .locator('.figure__value, .figure__label')
    .evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
  expect(cut).toEqual([]);
  const zoom = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(zoom).toBeGreaterThanOrEqual(0.75 - 1e-6);
});
