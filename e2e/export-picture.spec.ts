/**
 * The export dialog's picture options: title, date, legend, figures summary and a transparent
 * background, drawn by the shared drawing module; the picture still reopens as the plan.
 */
import { expect, test } from '@playwright/test';
import { extractPlanFromPng } from '../shared/png/pngText';
import { openApp, openExample } from './support/app';
import { chooseFile, downloadFrom, fileMenu, pixelsAt, planJson, pngSize } from './files-helpers';

test('a decorated PNG: title, date, legend and figures make it taller; it reopens as the plan', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '04-mixed-dr-sites');
  const original = await planJson(page);

  await fileMenu(page, 'export-png');
  const dialog = page.getByTestId('export-png-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('png-scale-1').click();
  const size = page.getByTestId('png-size');
  const bareHeight = Number(await size.getAttribute('data-height'));
  for (const part of ['title', 'date', 'legend', 'figures', 'transparent'])
    await page.getByTestId(`png-include-${part}`).check();
  await expect
    .poll(async () => Number(await size.getAttribute('data-height')))
    .toBeGreaterThan(bareHeight + 100);
  const width = Number(await size.getAttribute('data-width'));
  const height = Number(await size.getAttribute('data-height'));

  const png = await downloadFrom(page, () => page.getByTestId('export-png-confirm').click());
  await expect(dialog).toHaveCount(0);
  expect(pngSize(png.bytes)).toEqual({ width, height });
  // The corner is transparent; the title is drawn near the top left.
  const [corner] = await pixelsAt(page, png.bytes, [{ x: 2, y: 2 }]);
  expect(corner?.[3]).toBe(0);
  const inside = extractPlanFromPng(png.bytes);
  expect(inside.ok && inside.text).toBe(original);

  // The choices are kept for the next export of this document.
  await fileMenu(page, 'export-png');
  await expect(page.getByTestId('png-include-figures')).toBeChecked();
  await page.getByTestId('export-png-cancel').click();

  await page.getByTestId('action-file-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await chooseFile(page, png.name, png.bytes);
  await expect.poll(() => planJson(page)).toBe(original);
});
