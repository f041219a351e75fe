/**
 * The heat, failure, minimap and far-zoom glitches: measured (boxes that must not meet, styles that
 * must be equal, a pixel's colour) and photographed under test-results/screenshots/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, loadPlanInApp, openApp } from './support/app';
import { partialHaPlan, spareHaPlan } from './support/plans';
import { boxOf } from './support/pointer';

const SHOTS = 'test-results/screenshots';

type Box = { x: number; y: number; width: number; height: number };

function meet(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Shows the minimap (whatever it was before). */
async function showMinimap(page: Page): Promise<void> {
  const toggle = page.getByTestId('action-view-minimap');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(page.getByTestId('minimap')).toBeVisible();
}

async function nameOf(page: Page, id: string): Promise<Locator> {
  return card(page, id).locator('.card__name').first();
}

test('heat view: a container’s loss note sits beside its name, never over it, and says when nothing is lost', async ({
  page,
}) => {
  await openApp(page);
  await loadPlanInApp(page, spareHaPlan());
  await page.getByTestId('action-view-heat').click();
  for (const id of ['host-a', 'hv-a', 'host-b', 'hv-b', 'host-c', 'hv-c']) {
    const note = page.getByTestId(`note-${id}`);
    await expect(note, id).toBeVisible();
    const name = await nameOf(page, id);
    expect(meet(await boxOf(note), await boxOf(name)), `${id}: note over name`).toBe(false);
    // The name is shown whole.
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `${id}: name cut`).toBe(true);
  }
  // host-a's VM restarts on host-b; host-c holds nothing: neither loses a workload.
  await expect(page.getByTestId('note-host-a')).toHaveText('Nothing lost, 1 restarted');
  await expect(page.getByTestId('note-hv-c')).toHaveText('Nothing lost');
  await page.screenshot({ path: `${SHOTS}/heat-notes.png` });

  await loadPlanInApp(page, partialHaPlan());
  for (const id of ['host-a', 'hv-a', 'small']) {
    expect(meet(await boxOf(page.getByTestId(`note-${id}`)), await boxOf(await nameOf(page, id))), id).toBe(false);
  }
  await expect(page.getByTestId('note-hv-c')).toHaveText('2 lost');
});

test('the failure summary docks in the sidebar, folds, says when nothing is lost, and never covers the canvas', async ({
  page,
}) => {
  await openApp(page);
  await loadPlanInApp(page, spareHaPlan());
  await page.getByTestId('action-view-failure-mode').click();
  const summary = page.getByTestId('failure-summary');
  await expect(summary).toHaveAttribute('data-placement', 'sidebar');
  expect(meet(await boxOf(summary), await boxOf(page.getByTestId('canvas')))).toBe(false);
  // Clicked, so it stays while the pointer goes to the summary.
  await card(page, 'host-a').click({ position: { x: 40, y: 10 } });
  await expect(summary.getByTestId('failure-node')).toHaveAttribute('data-id', 'host-a');
  await expect(summary.getByTestId('failure-nothing-lost')).toHaveText('Nothing lost');
  await expect(summary.getByTestId('failure-recovered')).toHaveAttribute('data-value', '["app"]');
  await page.screenshot({ path: `${SHOTS}/failure-summary-sidebar.png` });

  // Folded to its title, and open again.
  const toggle = page.getByTestId('failure-summary-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(summary.getByTestId('failure-node')).toHaveCount(0);
  await toggle.click();
  await expect(summary.getByTestId('failure-node')).toHaveCount(1);

  // With the sidebar collapsed it floats at the canvas's bottom-left, clear of the controls, the
  // scenario tabs, the minimap and the top-right corner.
  await page.getByTestId('sidebar-toggle').click();
  await expect(summary).toHaveAttribute('data-placement', 'canvas');
  await showMinimap(page);
  const box = await boxOf(summary);
  const canvas = await boxOf(page.getByTestId('canvas'));
  for (const [what, other] of [
    ['zoom controls', page.locator('.react-flow__controls')],
    ['scenario tabs', page.getByTestId('scenario-tabs')],
    ['minimap', page.getByTestId('minimap')],
  ] as const) {
    expect(meet(box, await boxOf(other)), what).toBe(false);
  }
  const topRight = { x: canvas.x + canvas.width / 2, y: canvas.y, width: canvas.width / 2, height: canvas.height / 2 };
  expect(meet(box, topRight), 'top-right quarter').toBe(false);
  await page.screenshot({ path: `${SHOTS}/failure-summary-canvas.png` });
});

/** The minimap's colour at a corner (outside the view rectangle once zoomed in): [r, g, b, a]. */
async function maskPixel(page: Page): Promise<number[]> {
  return page.getByTestId('minimap').locator('canvas').evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    return Array.from(ctx?.getImageData(2, 2, 1, 1).data ?? []);
  });
}

test('the minimap’s mask follows the theme: dark over a dark panel, light over a light one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await loadPlanInApp(page, partialHaPlan());
  await showMinimap(page);
  // Zoom in on a card so the view is a small rectangle and the corners are masked.
  const canvas = await boxOf(page.getByTestId('canvas'));
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, -300);
  await page.waitForTimeout(400);
  await expect.poll(async () => (await maskPixel(page))[3] ?? 0).toBeGreaterThan(100);
  const light = await maskPixel(page);
  expect(Math.min(...light.slice(0, 3))).toBeGreaterThan(200);

  await page.getByTestId('action-view-theme').click();
  await expect(page.getByTestId('app')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => Math.max(...(await maskPixel(page)).slice(0, 3))).toBeLessThan(30);
  await page.getByTestId('minimap').screenshot({ path: `${SHOTS}/minimap-dark.png` });
});

test('far out, every summary card uses one text size whatever its size', async ({ page }) => {
  await openApp(page);
  await loadPlanInApp(page, partialHaPlan());
  const canvas = await boxOf(page.getByTestId('canvas'));
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 400);
      return page.locator('.card--collapsed').count();
    }, { timeout: 30_000 })
    .toBe(3);
  const cards = page.locator('.card--collapsed');
  const widths = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  expect(new Set(widths.map(Math.round)).size).toBeGreaterThan(1);
  const fonts = await page
    .locator('.card--collapsed .card__summary')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).fontSize));
  expect(fonts).toHaveLength(3);
  expect(new Set(fonts).size).toBe(1);
  const meters = await page
    .locator('.card--collapsed .meter')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).fontSize));
  expect(new Set(meters).size).toBe(1);
  // None of them overflows its card.
  const overflow = await page
    .locator('.card--collapsed .card__summary')
    .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length);
  expect(overflow).toBe(0);
  await page.screenshot({ path: `${SHOTS}/far-zoom-summaries.png` });
});
