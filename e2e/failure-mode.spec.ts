import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { card, engineFailure, engineReport, loadPlanInApp, openApp } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { partialHaPlan } from './support/plans';

async function idsWith(page: Page, selector: string): Promise<string[]> {
  const ids = await page.locator(selector).evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^node-/, '')));
  return ids.sort();
}

test('pointing at a server in failure mode highlights exactly the engine’s lost and recovered workloads', async ({ page }) => {
  await openApp(page);
  await loadPlanInApp(page, partialHaPlan());
  const outcome = await engineFailure(page, 'host-a');
  expect(outcome.lostWorkloads.length).toBeGreaterThan(0);
  expect(outcome.recoveredWorkloads.length).toBeGreaterThan(0);

  await page.getByTestId('action-view-failure-mode').click();
  await expect(page.getByTestId('action-view-failure-mode')).toHaveAttribute('aria-pressed', 'true');
  await card(page, 'host-a').hover({ position: { x: 40, y: 10 } });

  const summary = page.getByTestId('failure-summary');
  await expect(summary.getByTestId('failure-node')).toHaveAttribute('data-id', 'host-a');
  await expect.poll(() => idsWith(page, '.card[data-status="lost"].is-workload')).toEqual(outcome.lostWorkloads.map((w) => w.id).sort());
  expect(await idsWith(page, '.card[data-status="recovered"].is-workload')).toEqual(outcome.recoveredWorkloads.map((w) => w.id).sort());
  await expect(card(page, 'host-a')).toHaveAttribute('data-status', 'failed');
  for (const restart of outcome.restarts) {
    await expect(page.getByTestId(`note-${restart.vmId}`)).toContainText('Restarted on hv-b on host-b');
  }
  // The summary lists the engine's figures.
  await expect(summary.getByTestId('failure-lost')).toHaveAttribute('data-value', JSON.stringify(outcome.lostWorkloads.map((w) => w.id)));
  await expect(summary.getByTestId('failure-recovered')).toHaveAttribute('data-value', JSON.stringify(outcome.recoveredWorkloads.map((w) => w.id)));
  await expect(summary.getByTestId('failure-services-down')).toHaveAttribute('data-value', JSON.stringify(outcome.servicesDown));
  await expect(summary.getByTestId('failure-services-degraded')).toHaveAttribute('data-value', JSON.stringify(outcome.servicesDegraded));
  await expect(summary.getByTestId('failure-down-count')).toHaveAttribute('data-value', JSON.stringify(outcome.down.map((d) => d.id)));
  // Workloads that still run but whose service depends on a lost one.
  await expect(card(page, 'front')).toHaveAttribute('data-status', 'impacted');

  // Clicking pins a node; pointing elsewhere shows that node's failure instead.
  await card(page, 'host-c').click({ position: { x: 40, y: 10 } });
  const hostC = await engineFailure(page, 'host-c');
  await expect.poll(() => idsWith(page, '.card[data-status="lost"].is-workload')).toEqual(hostC.lostWorkloads.map((w) => w.id).sort());
  await page.mouse.move(5, 500);
  await expect(summary.getByTestId('failure-node')).toHaveAttribute('data-id', 'host-c');

  // Leaving the mode restores the view.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('failure-summary')).toHaveCount(0);
  await expect(page.locator('.card[data-status]')).toHaveCount(0);
  await expectFiguresMatchEngine(page);
});

test('the heat view colours infrastructure by its blast radius', async ({ page }) => {
  await openApp(page);
  await loadPlanInApp(page, partialHaPlan());
  const { report } = await engineReport(page);
  await page.getByTestId('action-view-heat').click();
  const max = report.blastRadius.max?.lost ?? 0;
  expect(max).toBeGreaterThan(0);
  for (const id of ['host-a', 'hv-a', 'host-b', 'hv-b', 'host-c', 'hv-c', 'small-rt']) {
    const entry = report.blastRadius.nodes.find((e) => e.id === id);
    const heat = entry && entry.lost > 0 ? String(Math.max(1, Math.ceil((5 * entry.lost) / max))) : '0';
    await expect(card(page, id), id).toHaveAttribute('data-heat', heat);
    const lost = entry?.lost ?? 0;
    await expect(page.getByTestId(`note-${id}`)).toContainText(lost === 0 ? 'Nothing lost' : `${lost} lost`);
  }
  await expect(card(page, 'ct-1')).not.toHaveAttribute('data-heat', /.*/);
  await page.getByTestId('action-view-heat').click();
  await expect(page.locator('.card[data-heat]')).toHaveCount(0);
});
