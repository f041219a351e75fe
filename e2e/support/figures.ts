/**
 * The figures on screen against the engine's report for the same plan: every figure's raw value
 * (`data-value`, JSON) must equal the engine's, and its text the engine's value formatted.
 */
import { expect, type Page } from '@playwright/test';
import type { BlastEntry, Report } from '../../shared/metrics/types';
import { formatHours, formatNumber, formatOptional, formatRatio } from '../../renderer/metrics/format';
import { engineReport } from './app';

async function expectValue(page: Page, testId: string, raw: unknown, text?: string): Promise<void> {
  const figure = page.getByTestId(testId);
  await expect(figure, testId).toHaveAttribute('data-value', JSON.stringify(raw));
  if (text !== undefined) await expect(figure, testId).toHaveText(text);
}

/** The five failures losing the most workloads (ties: smallest id), as the panel lists them. */
export function worstFive(report: Report): BlastEntry[] {
  return report.blastRadius.nodes
    .filter((e) => e.lost > 0)
    .sort((a, b) => b.lost - a.lost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, 5);
}

export async function expectFiguresMatchEngine(page: Page): Promise<Report> {
  const { report } = await engineReport(page);
  const c = report.consolidation;
  await expectValue(page, 'metric-ratio', c.ratio, formatRatio(c.ratio));
  await expectValue(page, 'metric-servers-saved', c.serversSaved, formatNumber(c.serversSaved, 0));
  await expectValue(page, 'metric-vms-per-host', c.vmsPerHost, formatOptional(c.vmsPerHost));
  await expectValue(page, 'metric-containers-per-host', c.containersPerHost, formatOptional(c.containersPerHost));
  await expectValue(page, 'metric-cpu-in-use', { demand: c.totals.cpuDemand, capacity: c.totals.cpuCores });
  await expectValue(page, 'metric-ram-in-use', { demand: c.totals.ramDemand, capacity: c.totals.ramGiB });
  for (const [id, value] of [
    ['metric-servers', c.servers],
    ['metric-workloads', c.workloads],
    ['metric-vms', c.vms],
    ['metric-vm-hosts', c.vmHosts],
    ['metric-containers', c.containers],
    ['metric-container-hosts', c.containerHosts],
  ] as const) {
    await expectValue(page, id, value, formatNumber(value, 0));
  }

  const p = report.patching;
  await expectValue(page, 'metric-os-instances', p.osInstances, formatNumber(p.osInstances, 0));
  await expectValue(page, 'metric-hours-cycle', p.hoursPerCycle, formatHours(p.hoursPerCycle));
  await expectValue(page, 'metric-hours-year', p.hoursPerYear, formatHours(p.hoursPerYear));
  await expectValue(page, 'metric-downtime-hosts', p.downtimeHosts);
  for (const [id, value] of [
    ['metric-host-os', p.hostOs],
    ['metric-hypervisors', p.hypervisors],
    ['metric-guest-os', p.guestOs],
    ['metric-runtimes', p.runtimes],
    ['metric-images', p.images],
    ['metric-distinct-os', p.distinctOsVersions],
  ] as const) {
    await expectValue(page, id, value, formatNumber(value, 0));
  }

  await expectValue(page, 'metric-blast-worst', report.blastRadius.max);
  const worst = worstFive(report);
  await expect(page.locator('[data-testid^="blast-entry-"][data-id]')).toHaveCount(worst.length);
  for (const [i, entry] of worst.entries()) await expectValue(page, `blast-entry-${i}`, entry);
  await expectValue(page, 'metric-max-exposure', report.security.maxExposure);
  await expectValue(page, 'metric-largest-shared-kernel', report.security.largestSharedKernel);
  await expectValue(page, 'metric-single-failure-domains', report.blastRadius.singleFailureDomainServices);

  for (const cluster of report.ha.clusters) await expectValue(page, `ha-cluster-${cluster.name}`, cluster);
  if (report.dr === null) {
    await expect(page.getByTestId('metric-dr-none')).toBeVisible();
  } else {
    await expectValue(page, 'metric-dr-coverage', report.dr.coverage);
    await expectValue(page, 'metric-dr-ready', report.dr.ready);
    await expectValue(page, 'metric-dr-unprotected', report.dr.unprotected);
  }

  const errors = report.issues.filter((i) => i.severity === 'error').length;
  await expectValue(page, 'metric-errors', errors);
  await expectValue(page, 'metric-warnings', report.issues.length - errors);
  const shown = report.issues.slice(0, 300);
  await expect(page.locator('[data-testid="issues-list"] [data-code]')).toHaveCount(shown.length);
  for (const [i, issue] of shown.entries()) {
    const row = page.getByTestId(`issue-${i}`);
    await expect(row).toHaveAttribute('data-node-id', issue.nodeId);
    await expect(row).toHaveAttribute('data-code', issue.code);
    await expect(row).toContainText(issue.message);
  }
  return report;
}
