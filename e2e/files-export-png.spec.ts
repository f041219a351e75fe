import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadPlan } from '../shared/load/loadPlan';
import { serializePlan } from '../shared/load/serialize';
import { emptyPlan, makeNode } from '../shared/model/defaults';
import type { PlanNode } from '../shared/model/nodes';
import type { Plan } from '../shared/model/plan';
import { extractPlanFromPng } from '../shared/png/pngText';
import { loadPlanInApp, openApp, openExample, planOnScreen } from './support/app';
import {
  MARGIN,
  chooseFile,
  downloadFrom,
  expectClean,
  fileMenu,
  pixelsAt,
  planGeometry,
  planJson,
  pngSize,
  type Downloaded,
} from './files-helpers';

const LIGHT_BACKGROUND = [0xf4, 0xf6, 0xf9, 255];
const DARK_BACKGROUND = [0x12, 0x15, 0x1b, 255];
const SHOTS = process.env.STRATA_SHOTS ?? '/tmp/shots';

async function exportPng(page: Page, scale?: number): Promise<Downloaded> {
  await fileMenu(page, 'export-png');
  const dialog = page.getByTestId('export-png-dialog');
  await expect(dialog).toBeVisible();
  if (scale !== undefined) await page.getByTestId(`png-scale-${scale}`).click();
  const file = await downloadFrom(page, () => page.getByTestId('export-png-confirm').click());
  await expect(dialog).toHaveCount(0);
  return file;
}

/** The image is the plan's bounds plus the margin, times the scale, and every node is painted. */
async function expectWholePlanDrawn(
  page: Page,
  plan: Plan,
  png: Buffer,
  scale: number,
  background: number[],
): Promise<void> {
  const g = planGeometry(plan);
  expect(pngSize(png)).toEqual({
    width: Math.ceil((g.width + 2 * MARGIN) * scale),
    height: Math.ceil((g.height + 2 * MARGIN) * scale),
  });
  const toImage = (x: number, y: number): { x: number; y: number } => ({
    x: (x - g.minX + MARGIN) * scale,
    y: (y - g.minY + MARGIN) * scale,
  });
  const centres = g.rects.map((r) => toImage(r.x + r.width / 2, r.y + r.height / 2));
  const corners = [
    toImage(g.minX - MARGIN / 2, g.minY - MARGIN / 2),
    toImage(g.minX + g.width + MARGIN / 2, g.minY + g.height + MARGIN / 2),
  ];
  const pixels = await pixelsAt(page, png, [...corners, ...centres]);
  // Outside the plan: the theme's background; at every node's centre: not the background.
  expect(pixels.slice(0, 2)).toEqual([background, background]);
  pixels
    .slice(2)
    .forEach((pixel, i) => expect(pixel, `${g.rects[i]?.id} is drawn`).not.toEqual(background));
}

test('Export PNG draws the whole plan at 2× and opening the PNG restores the plan', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const original = await planJson(page);
  const plan = await planOnScreen(page);

  const png = await exportPng(page);
  expect(png.name).toBe('Virtualized the eight applications on a 3-host ESXi HA cluster.png');
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}/export-light.png`, png.bytes);
  await expectWholePlanDrawn(page, plan, png.bytes, 2, LIGHT_BACKGROUND);
  await expect(page.getByTestId('toast')).toContainText(/Exported .*\.png \(\d+ × \d+ px\)/);
  // The plan text inside is the plan, exactly.
  const inside = extractPlanFromPng(png.bytes);
  expect(inside.ok && inside.text).toBe(original);

  await page.getByTestId('action-file-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await chooseFile(page, png.name, png.bytes);
  await expect.poll(() => planJson(page)).toBe(original);
  await expectClean(page);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();
});

test('the scale option and the dark theme: 1× is half the size, on the dark background', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await page.getByTestId('action-view-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const plan = await planOnScreen(page);
  await fileMenu(page, 'export-png');
  const g = planGeometry(plan);
  await expect(page.getByTestId('png-scale-2')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('png-scale-4').click();
  await expect(page.getByTestId('png-size')).toHaveAttribute(
    'data-width',
    String(Math.ceil((g.width + 2 * MARGIN) * 4)),
  );
  await page.getByTestId('export-png-cancel').click();

  const png = await exportPng(page, 1);
  await writeFile(`${SHOTS}/export-dark.png`, png.bytes);
  await expectWholePlanDrawn(page, plan, png.bytes, 1, DARK_BACKGROUND);
  // The scale is remembered.
  await fileMenu(page, 'export-png');
  await expect(page.getByTestId('png-scale-1')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-png-dialog')).toHaveCount(0);
});

/** Four sites of five ESXi hosts with six VMs each (164 nodes), and links between sites. */
function bigPlan(): Plan {
  const nodes: PlanNode[] = [];
  const add = (node: PlanNode): void => void nodes.push(node);
  for (let s = 0; s < 4; s += 1) {
    add(makeNode('site', { id: `site-${s}`, parentId: null, name: `Site ${s}` }));
    for (let h = 0; h < 5; h += 1) {
      const server = `srv-${s}-${h}`;
      add(
        makeNode('server', {
          id: server,
          parentId: `site-${s}`,
          name: server,
          cpuCores: 32,
          ramGiB: 256,
        }),
      );
      add(
        makeNode('hypervisor', {
          id: `${server}-hv`,
          parentId: server,
          name: `${server}-hv`,
          cluster: `c${s}`,
        }),
      );
      for (let v = 0; v < 6; v += 1)
        add(
          makeNode('vm', {
            id: `${server}-vm${v}`,
            parentId: `${server}-hv`,
            name: `vm ${s}.${h}.${v}`,
          }),
        );
    }
  }
  return {
    ...emptyPlan('Four sites'),
    nodes,
    links: [
      { id: 'l1', from: 'srv-0-0-vm0', to: 'srv-3-4-vm5' },
      { id: 'l2', from: 'srv-2-1-vm3', to: 'srv-1-0-vm1' },
    ],
  };
}

test('nodes culled off screen are in the image all the same', async ({ page }) => {
  await openApp(page);
  const plan = bigPlan();
  await loadPlanInApp(page, plan);
  for (let i = 0; i < 8; i += 1) await page.locator('.react-flow__controls-zoomin').click();
  await page.waitForTimeout(400);
  const rendered = await page.locator('.react-flow__node').count();
  expect(rendered).toBeLessThan(plan.nodes.length / 2);

  const png = await exportPng(page, 2);
  await writeFile(`${SHOTS}/export-big.png`, png.bytes);
  const loaded = loadPlan(serializePlan(plan));
  if (!loaded.ok) throw new Error(loaded.error.message);
  await expectWholePlanDrawn(page, loaded.plan, png.bytes, 2, LIGHT_BACKGROUND);
});
