/**
 * The figures on screen against the engine's report for the same plan: every figure's raw value
 * (`data-value`, JSON) must equal the engine's, and its text the engine's value formatted.
 */
import { expect, type Page } from '@playwright/test';
import { figureMap, worstFailure } from '../../shared/format/figureTexts';
import { rankFailures } from '../../shared/metrics/failureRanking';
import type { BlastEntry, Report } from '../../shared/metrics/types';
import { FIRST_ROWS } from '../../renderer/ui/shownRows';
import { engineReport } from './app';

async function expectValue(page: Page, testId: string, raw: unknown, text?: string): Promise<void> {
  const figure = page.getByTestId(testId);
  await expect(figure, testId).toHaveAttribute('data-value', JSON.stringify(raw));
  if (text !== undefined) await expect(figure, testId).toHaveText(text);
}

/** The five failures losing the most workloads, as the panel and `strata report` rank them. */
export function worstFive(report: Report): BlastEntry[] {
  return rankFailures(report.blastRadius.nodes, 5);
}

export async function expectFiguresMatchEngine(page: Page): Promise<Report> {
  // The figures are read where a person reads them: on the sidebar's Figures tab.
  const figuresTab = page.getByTestId('sidebar-tab-figures');
  if ((await figuresTab.count()) > 0 && (await figuresTab.getAttribute('aria-selected')) !== 'true')
    await figuresTab.click();
  const { report } = await engineReport(page);
  const c = report.consolidation;
  // The texts of the shared catalogue (names are not compared here: the engine's report has ids).
  const figures = figureMap(report, (id) => id);
  const text = (id: string): string => figures.get(id)?.text ?? '';
  await expectValue(page, 'metric-ratio', c.ratio, text('ratio'));
  await expectValue(page, 'metric-servers-saved', c.serversSaved, text('servers-saved'));
  await expectValue(page, 'metric-vms-per-host', c.vmsPerHost, text('vms-per-host'));
  await expectValue(page, 'metric-containers-per-host', c.containersPerHost, text('containers-per-host'));
  await expectValue(page, 'metric-cpu-in-use', { demand: c.totals.cpuDemand, capacity: c.totals.cpuCores });
  await expectValue(page, 'metric-ram-in-use', { demand: c.totals.ramDemand, capacity: c.totals.ramGiB });
  for (const [id, value] of [
    ['servers', c.servers],
    ['workloads', c.workloads],
    ['vms', c.vms],
    ['vm-hosts', c.vmHosts],
    ['containers', c.containers],
    ['container-hosts', c.containerHosts],
  ] as const) {
    await expectValue(page, `metric-${id}`, value, text(id));
  }

  const p = report.patching;
  await expectValue(page, 'metric-os-instances', p.osInstances, text('os-instances'));
  await expectValue(page, 'metric-hours-cycle', p.hoursPerCycle, text('hours-cycle'));
  await expectValue(page, 'metric-hours-year', p.hoursPerYear, text('hours-year'));
  await expectValue(page, 'metric-downtime-hosts', p.downtimeHosts);
  for (const [id, value] of [
    ['host-os', p.hostOs],
    ['hypervisors', p.hypervisors],
    ['guest-os', p.guestOs],
    ['runtimes', p.runtimes],
    ['images', p.images],
    ['distinct-os', p.distinctOsVersions],
  ] as const) {
    await expectValue(page, `metric-${id}`, value, text(id));
  }

  await expectValue(page, 'metric-blast-worst', worstFailure(report));
  const worst = worstFive(report);
  await expect(page.locator('[data-testid^="blast-entry-"][data-id]')).toHaveCount(worst.length);
  for (const [i, entry] of worst.entries()) await expectValue(page, `blast-entry-${i}`, entry);
  await expectValue(page, 'metric-max-exposure', report.security.maxExposure);
  await expectValue(page, 'metric-largest-shared-kernel', report.security.largestSharedKernel);
  await expectValue(page, 'metric-single-failure-domains', report.blastRadius.singleFailureDomainServices);

  // A long table shows its first clusters; the rest are read after a press on Show more, folded again after.
  const clusterRows = page.locator('[data-testid="ha-clusters"] tbody tr');
  await expect(clusterRows).toHaveCount(Math.min(report.ha.clusters.length, FIRST_ROWS));
  const showMore = page.getByTestId('ha-clusters-show-more');
  if (report.ha.clusters.length > FIRST_ROWS) await showMore.click();
  for (const cluster of report.ha.clusters) await expectValue(page, `ha-cluster-${cluster.name}`, cluster);
  if (report.ha.clusters.length > FIRST_ROWS) await showMore.click();
  if (report.dr === null) {
    await expect(page.getByTestId('metric-dr-none')).toBeVisible();
  } else {
    await expectValue(page, 'metric-dr-coverage', report.dr.coverage, text('dr-coverage'));
    await expectValue(page, 'metric-dr-ready', report.dr.ready, text('dr-ready'));
    await expectValue(page, 'metric-dr-unprotected', report.dr.unprotected);
  }

  const errors = report.issues.filter((i) => i.severity === 'error').length;
  await expectValue(page, 'metric-errors', errors);
  await expectValue(page, 'metric-warnings', report.issues.length - errors);
  // The Issues tab is not the one chosen here: its list shows its first rows until asked for more.
  const shown = report.issues.slice(0, FIRST_ROWS);
  await expect(page.locator('[data-testid="issues-list"] [data-code]')).toHaveCount(shown.length);
  for (const [i, issue] of shown.entries()) {
    const row = page.getByTestId(`issue-${i}`);
    await expect(row).toHaveAttribute('data-node-id', issue.nodeId);
    await expect(row).toHaveAttribute('data-code', issue.code);
    await expect(row).toContainText(issue.message);
  }
  return report;
}
