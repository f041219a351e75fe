import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, openExample } from './support/app';

interface View {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** The view as React Flow applies it (the viewport element's transform). */
async function view(page: Page): Promise<View> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform);
  if (!m) throw new Error(`unexpected viewport transform: ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

/** The flow point at the centre of the pane. */
async function viewCentre(page: Page): Promise<{ x: number; y: number }> {
  const v = await view(page);
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('no pane');
  return { x: (pane.width / 2 - v.x) / v.zoom, y: (pane.height / 2 - v.y) / v.zoom };
}

async function minimapBox(minimap: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await minimap.boundingBox();
  if (!box) throw new Error('no minimap');
  return box;
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await openExample(page, '04-mixed-dr-sites');
});

test('the minimap draws the plan: its sites and servers in their colours', async ({ page }) => {
  const minimap = page.getByRole('img', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  expect(await minimapBox(minimap)).toMatchObject({ width: 200, height: 150 });
  await expect(page.locator('.react-flow__minimap')).toHaveCount(1);
  const colours = await minimap.evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    return [...seen];
  });
  // Site #4f46e5 and server #2563eb, inside the view (the whole plan is in view): not dimmed.
  expect(colours).toContain('79,70,229,255');
  expect(colours).toContain('37,99,235,255');
});

test('clicking a corner of the minimap centres the view there, at the same zoom', async ({ page }) => {
  const minimap = page.getByRole('img', { name: 'Minimap' });
  const box = await minimapBox(minimap);
  const before = await view(page);
  const centre = await viewCentre(page);

  await page.mouse.click(box.x + 6, box.y + 6);
  await expect.poll(async () => (await view(page)).x).not.toBe(before.x);
  const topLeft = await viewCentre(page);
  expect(topLeft.x).toBeLessThan(centre.x);
  expect(topLeft.y).toBeLessThan(centre.y);
  expect((await view(page)).zoom).toBeCloseTo(before.zoom, 6);

  await page.mouse.click(box.x + box.width - 6, box.y + box.height - 6);
  await expect.poll(async () => (await viewCentre(page)).x).toBeGreaterThan(centre.x);
  expect((await viewCentre(page)).y).toBeGreaterThan(centre.y);
});

test('dragging on the minimap moves the view with the pointer, even past its edge', async ({ page }) => {
  const minimap = page.getByRole('img', { name: 'Minimap' });
  const box = await minimapBox(minimap);
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const grabbed = await viewCentre(page);
  await page.mouse.move(start.x - 30, start.y, { steps: 5 });
  await page.waitForTimeout(50);
  const once = await viewCentre(page);
  // Out of the minimap to its left: the drag keeps the pointer (capture) and the same scale.
  await page.mouse.move(start.x - 90, start.y, { steps: 10 });
  await page.waitForTimeout(50);
  const past = await viewCentre(page);
  await page.mouse.up();

  expect(once.x).toBeLessThan(grabbed.x);
  expect(once.y).toBeCloseTo(grabbed.y, 3);
  expect((past.x - grabbed.x) / (once.x - grabbed.x)).toBeCloseTo(3, 2);

  // Released: moving the mouse over the minimap no longer moves the view.
  const after = await view(page);
  await page.mouse.move(start.x, start.y, { steps: 3 });
  await page.waitForTimeout(50);
  expect(await view(page)).toEqual(after);
});

test('the wheel on the minimap zooms around the view centre', async ({ page }) => {
  const minimap = page.getByRole('img', { name: 'Minimap' });
  const box = await minimapBox(minimap);
  const before = await view(page);
  const centre = await viewCentre(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

  await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(before.zoom);
  const zoomedIn = await viewCentre(page);
  expect(zoomedIn.x).toBeCloseTo(centre.x, 0);
  expect(zoomedIn.y).toBeCloseTo(centre.y, 0);

  const inZoom = (await view(page)).zoom;
  await page.mouse.wheel(0, 400);
  await expect.poll(async () => (await view(page)).zoom).toBeLessThan(inZoom);
  // The page itself did not scroll.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('M hides the minimap and shows it again', async ({ page }) => {
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await page.keyboard.press('m');
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.keyboard.press('m');
  await expect(page.getByRole('img', { name: 'Minimap' })).toBeVisible();
});
