import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Report } from '../shared/metrics/types';
import { formatNumber } from '../renderer/metrics/format';
import { card, engineReport, expectPlan, openApp, openExample, parentOf } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { bodyOf, headerOf, moveInSteps, press } from './support/pointer';

async function expectHostMeters(page: Page, report: Report): Promise<void> {
  for (const host of report.consolidation.hosts) {
    await expect(page.getByTestId(`cpu-${host.id}`)).toContainText(`${formatNumber(host.cpuDemand, 1)} / ${formatNumber(host.cpuCores, 0)} cores`);
    await expect(page.getByTestId(`ram-${host.id}`)).toContainText(`${formatNumber(host.ramDemand, 1)} / ${formatNumber(host.ramGiB, 0)} GiB`);
  }
}

test('dragging a VM onto another hypervisor migrates it, and the figures follow', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const before = await engineReport(page);
  await expectHostMeters(page, before.report);
  const cpuBefore = await page.getByTestId('cpu-esx-02').textContent();

  const from = await headerOf(card(page, 'vm-db'));
  const to = await bodyOf(card(page, 'esx-02-hv'));
  await press(page, from);
  await moveInSteps(page, from, to, 20);
  await expect(card(page, 'esx-02-hv')).toHaveAttribute('data-drop', 'accept');
  await expect(page.getByTestId('drop-feedback')).toHaveText('Into hypervisor ESXi 8 on esx-02');
  await page.mouse.up();

  const plan = await expectPlan(page, (p) => parentOf(p, 'vm-db') === 'esx-02-hv', 'vm-db moved to esx-02');
  expect(plan.nodes.length).toBe(before.plan.nodes.length);
  await expect(page.getByTestId('drop-feedback')).toHaveCount(0);

  // The card now sits inside its new hypervisor.
  const vm = await card(page, 'vm-db').boundingBox();
  const hv = await card(page, 'esx-02-hv').boundingBox();
  expect(vm && hv && vm.x > hv.x && vm.y > hv.y && vm.x + vm.width < hv.x + hv.width && vm.y + vm.height < hv.y + hv.height).toBe(true);

  const after = await engineReport(page);
  const host = (r: Report, id: string) => r.consolidation.hosts.find((h) => h.id === id);
  expect(host(after.report, 'esx-02')?.cpuDemand).toBe((host(before.report, 'esx-02')?.cpuDemand ?? 0) + 8);
  expect(host(after.report, 'esx-01')?.ramDemand).toBe((host(before.report, 'esx-01')?.ramDemand ?? 0) - 64);
  await expect(page.getByTestId('cpu-esx-02')).not.toHaveText(cpuBefore ?? '');
  await expectHostMeters(page, after.report);
  await expectFiguresMatchEngine(page);

  // One drag, one undo step.
  await page.getByTestId('action-edit-undo').click();
  await expectPlan(page, (p) => parentOf(p, 'vm-db') === 'esx-01-hv', 'the migration was undone');
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();
  await expectHostMeters(page, before.report);
  await expectFiguresMatchEngine(page);
});
