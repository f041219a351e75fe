import { expect, test } from '@playwright/test';
import { card, expectPlan, openApp } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { boxOf, centreOf, drag } from './support/pointer';

test('a VM on a plan with no hypervisor offers a server + hypervisor for it, added in one undo step', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('action-file-new').click();
  await expect(page.getByTestId('empty-canvas')).toBeVisible();

  // A click on "Linux VM": no refusal alone, an offer.
  await page.getByTestId('palette-item-vm-linux').click();
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('A VM must go inside a hypervisor');
  await expect(toast).toContainText('This plan has no hypervisor yet.');
  await expect(page.getByTestId('toast-offer')).toHaveText('Create server + hypervisor');
  await expectPlan(page, (p) => p.nodes.length === 0, 'nothing is added before the offer is taken');
  await page.getByTestId('toast-offer').click();
  const plan = await expectPlan(page, (p) => p.nodes.length === 3, 'server, hypervisor and VM added');
  const vm = plan.nodes.find((n) => n.kind === 'vm');
  const hv = plan.nodes.find((n) => n.kind === 'hypervisor');
  const server = plan.nodes.find((n) => n.kind === 'server');
  expect(vm?.parentId).toBe(hv?.id);
  expect(hv?.parentId).toBe(server?.id);
  expect(server?.parentId).toBeNull();
  // The VM is selected, its inspector above the tabs; the figures count all three.
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', vm?.id ?? '');
  await expect(card(page, vm?.id ?? '')).toBeVisible();
  await expectFiguresMatchEngine(page);

  // One undo takes all three away; redo brings them back.
  await page.getByTestId('action-edit-undo').click();
  await expectPlan(page, (p) => p.nodes.length === 0, 'one undo removes the three');
  await page.getByTestId('action-edit-redo').click();
  await expectPlan(page, (p) => p.nodes.length === 3, 'redo restores the three');
  await page.getByTestId('action-edit-undo').click();
  await expectPlan(page, (p) => p.nodes.length === 0, 'empty again');

  // Dropped on the canvas: the server lands where the VM was dropped.
  const canvas = await boxOf(page.getByTestId('canvas'));
  const at = { x: canvas.x + 140, y: canvas.y + 120 };
  await drag(page, await centreOf(page.getByTestId('palette-item-vm-windows')), at);
  await page.getByTestId('toast-offer').click();
  const dropped = await expectPlan(page, (p) => p.nodes.length === 3, 'dropped VM with its host');
  const host = dropped.nodes.find((n) => n.kind === 'server');
  const hostBox = await boxOf(card(page, host?.id ?? ''));
  expect(Math.abs(hostBox.x - at.x)).toBeLessThan(60);
  expect(Math.abs(hostBox.y - at.y)).toBeLessThan(60);
  const windows = dropped.nodes.find((n) => n.kind === 'vm');
  expect(windows && 'os' in windows ? windows.os?.family : null).toBe('windows');

  // With a hypervisor in the plan, a VM dropped beside it is refused as before, with no offer.
  await drag(page, await centreOf(page.getByTestId('palette-item-vm-linux')), {
    x: canvas.x + canvas.width - 200,
    y: canvas.y + canvas.height - 200,
  });
  await expect(toast).toHaveAttribute('data-kind', 'refused');
  await expect(toast).not.toContainText('no hypervisor yet');
  await expect(page.getByTestId('toast-offer')).toHaveCount(0);
});
