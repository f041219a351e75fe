import { expect, test } from '@playwright/test';
import { loadPlan } from '../shared/load/loadPlan';
import { openApp, openExample } from './support/app';
import {
  chooseFile,
  downloadFrom,
  editRam,
  expectClean,
  fileMenu,
  canvasView,
  expectSameView,
  planJson,
  planOfFile,
} from './files-helpers';

test('Save downloads the plan as name.strata; reopening it gives the identical plan', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-db', '96');
  const edited = await planJson(page);
  await expect(page).toHaveTitle(/^• .* — Strata$/);

  const saved = await downloadFrom(page, () => fileMenu(page, 'file-save'));
  // The plan's name, made safe as a file name (no colon).
  expect(JSON.parse(edited).name).toBe(
    'Virtualized: the eight applications on a 3-host ESXi HA cluster',
  );
  expect(saved.name).toBe('Virtualized the eight applications on a 3-host ESXi HA cluster.strata');
  expect(planOfFile(saved.bytes.toString('utf8'))).toBe(edited);
  await expectClean(page);
  await expect(page.getByTestId('toast')).toContainText(`Saved ${saved.name}`);
  await expect(page).toHaveTitle(`${saved.name} — Strata`);

  // A new plan, then the saved file through the Open dialog.
  await page.getByTestId('action-file-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    fileMenu(page, 'file-open'),
  ]);
  await chooser.setFiles({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
  await expect.poll(() => planJson(page)).toBe(edited);
  await expectClean(page);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();
  await expect(page.getByTestId('toast')).toContainText(`Opened ${saved.name}`);
  const reopened = loadPlan(await planJson(page));
  expect(reopened.ok && reopened.plan.nodes.find((n) => n.id === 'vm-db')).toMatchObject({
    ramGiB: 96,
  });

  // Saved again with the keyboard, under the file's own name.
  await editRam(page, 'vm-db', '48');
  const again = await downloadFrom(page, () => page.keyboard.press('Control+s'));
  expect(again.name).toBe(saved.name);
  expect(planOfFile(again.bytes.toString('utf8'))).toBe(await planJson(page));
  await expectClean(page);
});

test('undoing back to the saved plan clears the unsaved marker', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-db', '96');
  await page.getByTestId('action-edit-undo').click();
  await expectClean(page);
  await page.getByTestId('action-edit-redo').click();
  await expect(page.getByTestId('plan-name')).toContainText('•');
});

test('Save as… and a file set on the input directly work the same way', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const original = await planJson(page);
  const saved = await downloadFrom(page, () => page.keyboard.press('Control+Shift+S'));
  expect(planOfFile(saved.bytes.toString('utf8'))).toBe(original);
  await page.getByTestId('action-file-new').click();
  await chooseFile(page, 'copy.strata', saved.bytes);
  await expect.poll(() => planJson(page)).toBe(original);
  await page.getByTestId('file-menu-button').click();
  await expect(page.getByTestId('document-file')).toHaveText('copy.strata');
});

test('a plan reopens at the view it was saved at; a saved view that shows none of it is fitted', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const fitted = await canvasView(page);
  // Zoom in twice and pan: moving around is not an edit.
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('no canvas pane');
  await page.mouse.move(box.x + 30, box.y + box.height - 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 130, box.y + box.height - 90, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await canvasView(page)).zoom).toBeGreaterThan(fitted.zoom);
  await expectClean(page);
  const seen = await canvasView(page);

  const saved = await downloadFrom(page, () => page.keyboard.press('Control+s'));
  const plan = planOfFile(saved.bytes.toString('utf8'), seen);
  await page.getByTestId('action-file-new').click();
  await chooseFile(page, saved.name, saved.bytes);
  await expect.poll(() => planJson(page)).toBe(plan);
  await expect(async () => expectSameView(await canvasView(page), seen)).toPass();
  await expectClean(page);

  // The same plan with a view far away from every node opens fitted instead.
  const lost = { ...JSON.parse(plan), view: { x: -500000, y: -500000, zoom: 1 } };
  await chooseFile(page, 'lost.strata', JSON.stringify(lost));
  await expect(page.getByTestId('toast')).toContainText('Opened lost.strata');
  // Fitted as a first view is (canvas/readableFit.ts): the plan, or its largest card, readable.
  await expect(async () => {
    const view = await canvasView(page);
    expect(view.zoom).toBeGreaterThanOrEqual(Math.min(fitted.zoom, 0.75) - 0.01);
    expect(Math.abs(view.x)).toBeLessThan(100_000);
    expect(Math.abs(view.y)).toBeLessThan(100_000);
  }).toPass();
  await expect(page.locator('.react-flow__node').first()).toBeInViewport();
});
