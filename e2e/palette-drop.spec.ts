import { expect, test } from '@playwright/test';
import { card, expectPlan, fitView, openApp, planOnScreen } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { centreOf, moveInSteps, press, type Point } from './support/pointer';
import type { Page } from '@playwright/test';

/** Drags a palette item to `to`, checking the target is outlined as accepting before the drop. */
async function dropPreset(page: Page, presetId: string, to: Point, outlined: string | null): Promise<string> {
  const before = await planOnScreen(page);
  const item = page.getByTestId(`palette-item-${presetId}`);
  await item.scrollIntoViewIfNeeded();
  const from = await centreOf(item);
  await press(page, from);
  await moveInSteps(page, from, to, 15);
  const feedback = page.getByTestId('drop-feedback');
  await expect(feedback).toHaveAttribute('data-ok', 'true');
  if (outlined) await expect(card(page, outlined)).toHaveAttribute('data-drop', 'accept');
  await page.mouse.up();
  const after = await expectPlan(page, (p) => p.nodes.length === before.nodes.length + 1, `${presetId} was added`);
  await expect(feedback).toHaveCount(0);
  const added = after.nodes.at(-1);
  if (!added) throw new Error('nothing added');
  await fitView(page);
  return added.id;
}

test('palette items drop into the innermost node that accepts them, down to a container', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('action-file-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  const pane = await centreOf(page.getByTestId('canvas'));
  const site = await dropPreset(page, 'site-primary', pane, null);
  const server = await dropPreset(page, 'server-bare', await centreOf(card(page, site)), site);
  const hypervisor = await dropPreset(page, 'hv-vmware-esxi', await centreOf(card(page, server)), server);
  const vm = await dropPreset(page, 'vm-linux', await centreOf(card(page, hypervisor)), hypervisor);
  const runtime = await dropPreset(page, 'rt-docker', await centreOf(card(page, vm)), vm);
  const container = await dropPreset(page, 'ct-linux', await centreOf(card(page, runtime)), runtime);

  const plan = await planOnScreen(page);
  const parent = (id: string) => plan.nodes.find((n) => n.id === id)?.parentId;
  expect(parent(site)).toBeNull();
  expect(parent(server)).toBe(site);
  expect(parent(hypervisor)).toBe(server);
  expect(parent(vm)).toBe(hypervisor);
  expect(parent(runtime)).toBe(vm);
  expect(parent(container)).toBe(runtime);
  expect(plan.nodes.find((n) => n.id === hypervisor)).toMatchObject({ product: 'VMware ESXi', hypervisorType: 1 });

  // The nested cards sit inside one another on the canvas.
  const pairs: [string, string][] = [[container, runtime], [runtime, vm], [vm, hypervisor], [hypervisor, server], [server, site]];
  for (const [child, parentId] of pairs) {
    const inner = await card(page, child).boundingBox();
    const outer = await card(page, parentId).boundingBox();
    expect(inner && outer && inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width + 1).toBe(true);
  }
  await expect(page.getByTestId('metric-containers')).toHaveText('1');
  await expectFiguresMatchEngine(page);
});

test('a second VM dropped on a VM card lands in the hypervisor around it', async ({ page }) => {
  await openApp(page);
  await fitView(page);
  const before = await planOnScreen(page);
  const vmCard = card(page, 'vm-erp');
  await dropPreset(page, 'vm-windows', await centreOf(vmCard), 'esx-02-hv');
  const after = await planOnScreen(page);
  const added = after.nodes.at(-1);
  expect(added).toMatchObject({ kind: 'vm', parentId: 'esx-02-hv', vcpu: 4, ramGiB: 16, os: { family: 'windows' } });
  expect(after.nodes).toHaveLength(before.nodes.length + 1);
  await expectFiguresMatchEngine(page);
});

test('the search box filters the palette', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('palette-search').fill('kata');
  await expect(page.locator('[data-testid^="palette-item-"]')).toHaveCount(1);
  await expect(page.getByTestId('palette-item-rt-kata-containers')).toBeVisible();
  await page.getByTestId('palette-search').fill('type 2');
  await expect(page.getByTestId('palette-item-hv-oracle-virtualbox')).toBeVisible();
  await expect(page.getByTestId('palette-item-hv-vmware-esxi')).toHaveCount(0);
});
