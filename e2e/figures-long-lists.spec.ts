import { expect, test } from '@playwright/test';
import { emptyPlan, makeNode } from '../shared/model/defaults';
import type { NodeKind, PlanNode } from '../shared/model/nodes';
import type { Plan } from '../shared/model/plan';
import { FIRST_ROWS } from '../renderer/ui/shownRows';
import { engineReport, loadPlanInApp, openApp } from './support/app';

function node(kind: NodeKind, id: string, parentId: string | null, fields: Record<string, unknown> = {}): PlanNode {
  return { ...makeNode(kind, { id, parentId, name: id }), ...fields } as PlanNode;
}

const HOSTS = FIRST_ROWS + 12;

/** One host per cluster, each with a VM bigger than its host: as many clusters as issues, more than the panel shows at first. */
function manyClustersPlan(): Plan {
  const nodes: PlanNode[] = [];
  for (let i = 0; i < HOSTS; i += 1) {
    const n = String(i).padStart(3, '0');
    nodes.push(
      node('server', `host-${n}`, null, { cpuCores: 8, ramGiB: 32, position: { x: (i % 10) * 700, y: Math.floor(i / 10) * 500 } }),
      node('hypervisor', `hv-${n}`, `host-${n}`, { cluster: `cluster-${n}` }),
      node('vm', `vm-${n}`, `hv-${n}`, { vcpu: 2, ramGiB: 48 }),
    );
  }
  return { ...emptyPlan('Many clusters'), nodes, links: [] };
}

test('long figure lists show their first rows; Show more, by keyboard, shows every one and Show fewer folds them', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await loadPlanInApp(page, manyClustersPlan());
  const { report } = await engineReport(page);
  expect(report.ha.clusters.length).toBe(HOSTS);
  expect(report.issues.length).toBeGreaterThan(FIRST_ROWS);

  await page.getByTestId('sidebar-tab-figures').click();
  const clusterRows = page.locator('[data-testid="ha-clusters"] tbody tr');
  await expect(clusterRows).toHaveCount(FIRST_ROWS);
  await expect(page.getByTestId(`ha-cluster-${report.ha.clusters[0]?.name}`)).toHaveAttribute(
    'data-value',
    JSON.stringify(report.ha.clusters[0]),
  );
  const moreClusters = page.getByTestId('ha-clusters-show-more');
  await expect(moreClusters).toHaveAttribute('aria-expanded', 'false');
  await expect(moreClusters).toHaveText(`Show ${HOSTS - FIRST_ROWS} more`);
  await moreClusters.focus();
  await page.keyboard.press('Enter');
  await expect(clusterRows).toHaveCount(HOSTS);
  await expect(moreClusters).toHaveAttribute('aria-expanded', 'true');
  await expect(moreClusters).toHaveText('Show fewer');
  await expect(moreClusters).toBeFocused();
  const last = report.ha.clusters[HOSTS - 1];
  await expect(page.getByTestId(`ha-cluster-${last?.name}`)).toHaveAttribute('data-value', JSON.stringify(last));
  await page.keyboard.press('Space');
  await expect(clusterRows).toHaveCount(FIRST_ROWS);
  await expect(moreClusters).toHaveAttribute('aria-expanded', 'false');

  await page.getByTestId('sidebar-tab-issues').click();
  const issueRows = page.locator('[data-testid="issues-list"] [data-code]');
  await expect(issueRows).toHaveCount(FIRST_ROWS);
  const moreIssues = page.getByTestId('issues-show-more');
  await expect(moreIssues).toHaveAttribute('aria-controls', /.+/);
  await moreIssues.click();
  await expect(issueRows).toHaveCount(Math.min(report.issues.length, 300));
  for (const [i, issue] of report.issues.entries()) {
    if (i >= 300) break;
    await expect(page.getByTestId(`issue-${i}`)).toHaveAttribute('data-node-id', issue.nodeId);
  }
  // A row past the first ones still brings its node into view, selected.
  const late = report.issues[HOSTS - 1];
  await page.getByTestId(`issue-${HOSTS - 1}`).click();
  await expect(page.locator(`[data-testid="inspector-node"][data-node-id="${late?.nodeId}"]`)).toBeVisible();
});
