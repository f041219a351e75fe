import { expect, test } from '@playwright/test';
import { card, engineReport, expectPlan, openApp, openExample, planOnScreen } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';

test('raising a VM’s RAM past its host raises a ram-overcommit error, on the card and in the list', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await expect(page.getByTestId('badge-error-esx-01')).toHaveCount(0);

  await card(page, 'vm-db').click();
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'vm-db');
  const ram = page.getByTestId('field-ramGiB');
  await expect(ram).toHaveValue('64');
  await ram.fill('200');
  await ram.press('Enter');

  const plan = await expectPlan(page, (p) => p.nodes.some((n) => n.id === 'vm-db' && n.kind === 'vm' && n.ramGiB === 200), 'RAM written');
  expect(plan.nodes.find((n) => n.id === 'vm-web')).toMatchObject({ ramGiB: 4 });
  const { report } = await engineReport(page);
  const issue = report.issues.find((i) => i.code === 'ram-overcommit');
  expect(issue).toMatchObject({ severity: 'error', nodeId: 'esx-01' });
  await expect(page.locator('[data-testid^="issue-"][data-code="ram-overcommit"]')).toHaveAttribute('data-node-id', 'esx-01');
  await expect(page.getByTestId('badge-error-esx-01')).toHaveText('1');
  await expect(page.getByTestId('ram-esx-01')).toHaveAttribute('data-level', 'over');
  await expectFiguresMatchEngine(page);

  // Clicking the issue (on the Issues tab) selects and reveals its node.
  await page.getByTestId('sidebar-tab-issues').click();
  await page.locator('[data-testid^="issue-"][data-code="ram-overcommit"]').click();
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'esx-01');
  await expect(card(page, 'esx-01')).toHaveClass(/is-selected/);
});

test('input the model refuses is refused in place with the reason, and never written', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const before = await page.evaluate(() => window.__strataTest?.getPlanJson());
  await card(page, 'vm-web').click();
  const vcpu = page.getByTestId('field-vcpu');
  await vcpu.fill('-4');
  await vcpu.press('Enter');
  await expect(page.getByTestId('field-vcpu-error')).toHaveText('must be a positive number');
  await expect(vcpu).toHaveAttribute('aria-invalid', 'true');
  await vcpu.fill('lots');
  await vcpu.press('Tab');
  await expect(page.getByTestId('field-vcpu-error')).toHaveText('lots: not a number');
  expect(await page.evaluate(() => window.__strataTest?.getPlanJson())).toBe(before);
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();
  // Escape puts the stored value back.
  await vcpu.focus();
  await vcpu.press('Escape');
  await expect(vcpu).toHaveValue('2');
  await expect(page.getByTestId('field-vcpu-error')).toHaveCount(0);
});

test('with nothing selected the inspector edits the plan settings, which change the figures', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  // The plan's settings have their own tab beside the figures.
  await page.getByTestId('sidebar-tab-settings').click();
  await expect(page.getByTestId('inspector-plan')).toBeVisible();
  const hours = page.getByTestId('field-settings-patchHours-guestOs-linux');
  await hours.fill('2');
  await hours.press('Enter');
  await expectPlan(page, (p) => p.settings.patchHours.guestOs.linux === 2, 'patch hours written');
  const limit = page.getByTestId('field-settings-cpuOvercommitLimit');
  await limit.fill('0.5');
  await limit.press('Enter');
  await expectPlan(page, (p) => p.settings.cpuOvercommitLimit === 0.5, 'limit written');
  const { report } = await engineReport(page);
  expect(report.issues.some((i) => i.code === 'cpu-overcommit')).toBe(true);
  await expect(page.getByTestId('sidebar-issues-count')).toHaveAttribute('data-value', String(report.issues.length));
  await page.getByTestId('sidebar-tab-issues').click();
  await expect(page.locator('[data-code="cpu-overcommit"]').first()).toBeVisible();
  await page.getByTestId('sidebar-tab-settings').click();
  await limit.fill('0');
  await limit.press('Enter');
  await expect(page.getByTestId('field-settings-cpuOvercommitLimit-error')).toHaveText('must be a positive number');
  expect((await planOnScreen(page)).settings.cpuOvercommitLimit).toBe(0.5);
  await expectFiguresMatchEngine(page);
});

test('picking a type 2 product and an OS family sets what the catalog says', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await card(page, 'esx-03-hv').click({ position: { x: 30, y: 8 } });
  await page.getByTestId('field-product').selectOption('Oracle VirtualBox');
  await expectPlan(page, (p) => p.nodes.some((n) => n.id === 'esx-03-hv' && n.kind === 'hypervisor' && n.hypervisorType === 2), 'type 2');
  // A type 2 hypervisor on a server without an OS is an error.
  await expect(page.locator('[data-code="host-os-required"]')).toHaveCount(1);
  await card(page, 'esx-03').click({ position: { x: 30, y: 8 } });
  await page.getByTestId('field-os-family').selectOption('windows');
  await expectPlan(page, (p) => p.nodes.some((n) => n.id === 'esx-03' && n.kind === 'server' && n.os?.family === 'windows'), 'host OS');
  await expect(page.locator('[data-code="host-os-required"]')).toHaveCount(0);
  await expectFiguresMatchEngine(page);
});
