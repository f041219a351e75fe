// Plan ▸ Consolidate…, as a new user tries it: open the legacy bare-metal example, consolidate
// with HA N+1 and P2V, and read a to-be scenario whose figures are exactly what `strata optimize`
// and `strata report` print for the same file; Cancel changes nothing; HiGHS runs in the worker;
// a VM larger than the host is named. The long-task observer measures the main thread meanwhile.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan } from '../bench/generatePlan';
import { planText } from '../bench/planText';
import { HEADLINE_FIGURES } from '../shared/diff/headline';
import { serializePlan } from '../shared/load/serialize';
import { emptyPlan, makeNode } from '../shared/model/defaults';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import type { PlanNode } from '../shared/model/nodes';
import type { Plan } from '../shared/model/plan';
import { chooseFile } from './files-helpers';
import { openApp, openExample, planOnScreen } from './support/app';
import { appTasks, traceMainThread } from './support/mainThreadTasks';
import { recoveryText } from './support/recovery';

/**
 * The longest main-thread task (CPU) allowed from the click on Consolidate to the 10,000-node
 * proposal shown with its figures, and then while the recovery copy of the now unsaved document is
 * made and stored: issue 12's 100 ms. The run's own tasks (the click, each slice of the proposal,
 * showing it) measured 34–56 ms of CPU; the recovery copy was one task of 220–370 ms until it was
 * made in a worker (renderer/files/recovery/). Playwright's own scripts in the page (`driver`
 * tasks, e2e/support/mainThreadTasks.ts) are logged but not held to it.
 */
const LONGEST_TASK_MS = 100;

const EXAMPLE = 'examples/01-legacy-bare-metal.strata';

function strata(...args: string[]): string {
  // The command line as built (dist/cli: `npm run build:node`), as a reviewer would run it.
  return execFileSync(process.execPath, ['bin/strata.mjs', ...args], { encoding: 'utf8' });
}

/** The cells of `strata report --scenario all`'s figure rows, by label. */
function reportColumns(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const labels = new Set(HEADLINE_FIGURES.map((f) => f.label));
  for (const line of text.split('\n')) {
    const cells = line.trim().split(/\s{2,}/);
    const label = cells[0] ?? '';
    if (labels.has(label)) rows.set(label, cells.slice(1));
  }
  return rows;
}

async function installLongTaskObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function longTasksSince(page: Page, since: number) {
  return page.evaluate(
    (t0) =>
      (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
        .filter((t) => t.start >= t0)
        .map((t) => ({ at: Math.round(t.start - t0), ms: Math.round(t.duration) })),
    since,
  );
}

async function openConsolidate(page: Page): Promise<void> {
  await page.getByTestId('plan-menu-button').click();
  await page.getByTestId('action-plan-consolidate').click();
  await expect(page.getByTestId('consolidate-dialog')).toBeVisible();
}

/** Opens a plan as a file would be (the test hook runs the same loader). */
async function loadInApp(page: Page, plan: Plan): Promise<void> {
  await page.evaluate((t) => window.__strataTest?.loadPlanJson(t), serializePlan(plan));
  await expect(page.getByTestId('plan-name')).toHaveText(plan.name);
}

test('consolidate example 01 with N+1 and P2V: a new scenario with the command line’s figures', async ({
  page,
}) => {
  // Three command-line runs besides the app's: slow on a busy machine.
  test.setTimeout(180_000);
  await installLongTaskObserver(page);
  await openApp(page);
  await openExample(page, '01-legacy-bare-metal');
  const asIs = await planOnScreen(page);

  await openConsolidate(page);
  await expect(page.getByTestId('consolidate-host')).toHaveValue('2x32');
  await page.getByTestId('consolidate-ha').fill('1');
  await page.getByTestId('consolidate-p2v').check();
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('consolidate-run').click();
  const result = page.getByTestId('consolidate-result');
  await expect(result).toBeVisible();
  const elapsed = (await page.evaluate(() => performance.now())) - t0;

  const name = 'Consolidated: 2 × 32 cores / 1 TiB VMware ESXi, N+1, P2V 100 %';
  await expect(page.getByTestId('consolidate-scenario')).toHaveText(`Added scenario “${name}”.`);
  const tab = page.getByTestId('scenario-tab-consolidated');
  await expect(tab).toHaveText(name);
  await expect(tab).toHaveAttribute('aria-selected', 'true');

  // The same run on the command line, and the report of the scenario it adds (the last).
  const out = join(mkdtempSync(join(tmpdir(), 'strata-consolidate-')), 'out.strata');
  const cli = JSON.parse(
    strata(
      'optimize',
      EXAMPLE,
      '--host-cores',
      '64',
      '--host-ram-gib',
      '1024',
      '--ha',
      '1',
      '--p2v',
      '-o',
      out,
      '--json',
    ),
  ) as { hosts: number; lowerBound: number; gap: number; proven: boolean };
  await expect(page.getByTestId('consolidate-hosts')).toHaveAttribute(
    'data-value',
    String(cli.hosts),
  );
  await expect(page.getByTestId('consolidate-bound')).toHaveAttribute(
    'data-value',
    String(cli.lowerBound),
  );
  await expect(page.getByTestId('consolidate-gap')).toHaveAttribute('data-value', String(cli.gap));
  await expect(page.getByTestId('consolidate-proven')).toHaveAttribute(
    'data-value',
    String(cli.proven),
  );
  expect(cli).toMatchObject({ hosts: 2, lowerBound: 2, proven: true });
  await expect(page.getByTestId('consolidate-proven')).toHaveText(/^proven optimal/);

  const columns = reportColumns(strata('report', out, '--scenario', 'all'));
  let compared = 0;
  for (const fig of HEADLINE_FIGURES) {
    const row = result.getByTestId(`consolidate-row-${fig.key}`);
    const shown = await row.locator('td').allTextContents();
    expect(shown.slice(0, 2), fig.label).toEqual(columns.get(fig.label));
    compared += 1;
  }
  expect(compared).toBe(HEADLINE_FIGURES.length);
  // The engine says the new cluster survives a host failure: the dialog and `report --scenario 2`.
  await expect(result.getByTestId('consolidate-cluster-result-consolidated')).toHaveText(
    'consolidated: 2 hosts, 8 VMs, tolerates 1 host failure',
  );
  expect(strata('report', out, '--scenario', '2')).toMatch(
    /consolidated\s+2 hosts, 8 VMs: tolerates 1 host failure/,
  );
  const tasks = await longTasksSince(page, t0);
  console.log(
    `example 01: result after ${Math.round(elapsed)} ms; long tasks: ${JSON.stringify(tasks)}`,
  );

  // The canvas shows the new scenario; the as-is is as it was.
  await page.getByTestId('consolidate-close').click();
  await expect(page.getByTestId('consolidate-dialog')).toHaveCount(0);
  const proposed = await planOnScreen(page);
  expect(proposed.nodes.filter((n) => n.kind === 'server')).toHaveLength(2);
  // For comparison: what showing a scenario costs the main thread here, by its tab.
  const t1 = await page.evaluate(() => performance.now());
  await page.getByTestId('scenario-tab-as-is').click();
  expect(await planOnScreen(page)).toEqual(asIs);
  await page.waitForTimeout(1000);
  console.log(
    `example 01: a tab switch's long tasks: ${JSON.stringify(await longTasksSince(page, t1))}`,
  );

  // Undone as an added scenario is: Delete on its tab (and Undo delete brings it back).
  await tab.click();
  await page.getByTestId('scenario-delete').click();
  await expect(tab).toHaveCount(0);
  await expect(page.getByTestId('scenario-tab-as-is')).toHaveAttribute('aria-selected', 'true');
  expect(await planOnScreen(page)).toEqual(asIs);
  await page.getByTestId('scenario-restore').click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
});

test('Cancel stops the run on a 10,000-node plan and leaves the document as it was', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  const plan = generatePlan({ nodes: 10_000 });
  await loadInApp(page, plan);
  const before = await page.evaluate(() => window.__strataTest?.getPlanJson());

  await openConsolidate(page);
  await page.getByTestId('consolidate-p2v').check();
  await page.getByTestId('consolidate-run').click();
  await expect(page.getByTestId('consolidate-progress')).toBeVisible();
  await page.getByTestId('consolidate-cancel-run').click();
  await expect(page.getByTestId('consolidate-progress')).toHaveCount(0);
  await expect(page.getByTestId('consolidate-result')).toHaveCount(0);
  // Consolidate is offered again (no job runs); the document has one scenario, unchanged.
  await expect(page.getByTestId('consolidate-run')).toBeEnabled();
  await page.getByTestId('consolidate-close').click();
  await expect(page.getByTestId('scenario-tabs').getByRole('tab')).toHaveCount(1);
  expect(await page.evaluate(() => window.__strataTest?.getPlanJson())).toBe(before);
  await expect(page.getByTestId('plan-name')).not.toContainText('•');
  // Nothing arrives later from the stopped worker.
  await page.waitForTimeout(3000);
  await expect(page.getByTestId('scenario-tabs').getByRole('tab')).toHaveCount(1);
});

test('a whole run on the 10,000-node plan: time to the result, and the main thread meanwhile', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await installLongTaskObserver(page);
  await openApp(page);
  // Opened as a file, as a planner would: nothing unsaved, so no recovery copy is due meanwhile.
  const plan = generatePlan({ nodes: 10_000 });
  await chooseFile(page, 'estate.strata', planText(plan));
  await expect(page.getByTestId('status-counts')).toContainText(
    `${plan.nodes.length.toLocaleString('en-US')} nodes`,
    {
      timeout: 120_000,
    },
  );
  await expect(page.getByTestId('opening-progress')).toBeHidden();
  await openConsolidate(page);
  await page.getByTestId('consolidate-p2v').check();
  const stopTrace = await traceMainThread(page);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('consolidate-run').click();
  // Waited for without Playwright's retrying assertions, whose snapshots of the page are tasks of
  // the page's main thread too (tens of milliseconds each on a 10,000-node canvas).
  await page.waitForSelector('[data-testid="consolidate-result"]', { timeout: 180_000 });
  const elapsed = (await page.evaluate(() => performance.now())) - t0;
  // Until the new scenario is on the canvas with its figures.
  await page.waitForSelector('[data-testid="scenario-tab-consolidated"][aria-selected="true"]');
  await page.waitForSelector('[data-testid="figures-pending"]', { state: 'detached' });
  const shown = (await page.evaluate(() => performance.now())) - t0;
  // And on until the recovery copy of the now unsaved document (both scenarios) is stored.
  await expect
    .poll(() => recoveryText(page, 'exists'), { intervals: [500], timeout: 60_000 })
    .toBe(true);
  const stored = (await page.evaluate(() => performance.now())) - t0;
  const traced = await stopTrace();
  const tasks = await longTasksSince(page, t0);
  console.log(
    `10k: result after ${Math.round(elapsed)} ms, shown after ${Math.round(shown)} ms, recovery copy stored after ${Math.round(stored)} ms; long tasks: ${JSON.stringify(tasks)}`,
  );
  console.log(`10k: main-thread tasks ≥ 50 ms (trace: wall / CPU): ${JSON.stringify(traced)}`);
  await expect(page.getByTestId('scenario-tabs').getByRole('tab')).toHaveCount(2);
  const hosts = Number(await page.getByTestId('consolidate-hosts').getAttribute('data-value'));
  const bound = Number(await page.getByTestId('consolidate-bound').getAttribute('data-value'));
  console.log(`10k: ${hosts} hosts, lower bound ${bound}`);
  expect(hosts).toBeGreaterThanOrEqual(bound);
  expect(hosts).toBeLessThanOrEqual(Math.max(bound + 1, Math.ceil(bound * 1.03)));
  // The page's own work in any one task (its CPU time: on a busy machine the wall time also
  // counts the waits for a core), from the click to the new scenario shown with its figures and
  // its recovery copy stored.
  expect(Math.max(0, ...appTasks(traced).map((t) => t.cpuMs))).toBeLessThan(LONGEST_TASK_MS);

  // The copy is whole: every scenario, the shown one node for node.
  const text = (await recoveryText(page)) ?? '';
  const document = JSON.parse(text) as {
    activeScenario: string;
    scenarios: { id: string; name: string; nodes: unknown[] }[];
  };
  const shownNodes = await page.evaluate(() =>
    JSON.stringify(
      (JSON.parse(window.__strataTest?.getPlanJson() ?? '{}') as { nodes: unknown[] }).nodes,
    ),
  );
  const active = document.scenarios.find((s) => s.id === document.activeScenario);
  const copy = {
    names: document.scenarios.map((s) => s.name),
    nodes: document.scenarios.map((s) => s.nodes.length),
    shownWhole: JSON.stringify(active?.nodes) === shownNodes,
  };
  const tabs = await page.getByTestId('scenario-tabs').getByRole('tab').allTextContents();
  expect(copy.names).toHaveLength(2);
  expect(tabs.map((t) => t.trim())).toEqual(copy.names.map((n) => expect.stringContaining(n)));
  expect(copy.nodes[0]).toBe(plan.nodes.length);
  expect(copy.shownWhole).toBe(true);
});

/** Seven 48 GiB VMs on 128 GiB hosts, no HA: the bound says 3, but only two fit a host. */
async function consolidateSeven(page: Page): Promise<void> {
  await openApp(page);
  const nodes = [
    makeNode('server', { id: 's1', parentId: null, name: 's1' }),
    makeNode('hypervisor', { id: 'h1', parentId: 's1', name: 'h1' }),
    ...[1, 2, 3, 4, 5, 6, 7].map(
      (i) =>
        ({
          ...makeNode('vm', { id: `v${i}`, parentId: 'h1', name: `v${i}` }),
          ramGiB: 48,
        }) as PlanNode,
    ),
  ];
  await loadInApp(page, { ...emptyPlan('Seven'), nodes });
  await openConsolidate(page);
  await page.getByTestId('consolidate-host').selectOption('custom');
  await page.getByTestId('consolidate-cores').fill('16');
  await page.getByTestId('consolidate-ram').fill('128');
  await page.getByTestId('consolidate-ha').fill('0');
  await page.getByTestId('consolidate-run').click();
  await expect(page.getByTestId('consolidate-result')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('consolidate-hosts')).toHaveText('4');
  await expect(page.getByTestId('consolidate-bound')).toHaveText('3');
}

test('HiGHS runs in the worker and proves what the bound cannot', async ({ page }) => {
  await consolidateSeven(page);
  const proven = page.getByTestId('consolidate-proven');
  await expect(proven).toHaveAttribute('data-solver', 'highs');
  await expect(proven).toHaveAttribute('data-value', 'true');
  await expect(proven).toHaveText('proven optimal by the exact solver (HiGHS)');
});

test('under the app’s CSP as the desktop serves it, HiGHS still loads and proves', async ({
  page,
}) => {
  // The desktop's app:// protocol sends the one CSP with every response, the worker's script too;
  // its `'wasm-unsafe-eval'` lets the worker compile HiGHS (and nothing else). The same header, here.
  await page.route('**/assets/consolidateWorker-*.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
  await consolidateSeven(page);
  const proven = page.getByTestId('consolidate-proven');
  await expect(proven).toHaveAttribute('data-solver', 'highs');
  await expect(proven).toHaveAttribute('data-value', 'true');
});

test('bad settings and a VM larger than the host are explained in the dialog', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const before = await planOnScreen(page);
  await openConsolidate(page);
  await page.getByTestId('consolidate-host').selectOption('custom');
  await page.getByTestId('consolidate-cores').fill('eight');
  await page.getByTestId('consolidate-ha').fill('-1');
  await page.getByTestId('consolidate-run').click();
  await expect(page.getByTestId('consolidate-cores-error')).toHaveText(/^Cores: eight: /);
  await expect(page.getByTestId('consolidate-ha-error')).toHaveText(
    'HA N+k: enter a whole number, 0 or more',
  );
  await page.getByTestId('consolidate-cores').fill('16');
  await page.getByTestId('consolidate-ram').fill('32');
  await page.getByTestId('consolidate-ha').fill('1');
  await page.getByTestId('consolidate-run').click();
  await expect(page.getByTestId('consolidate-error')).toHaveText(
    /^VM "vm-db" \(db\) needs \d+ vCPU and 64 GiB RAM; a host of the model holds at most/,
  );
  await expect(page.getByTestId('consolidate-cores-error')).toHaveCount(0);
  await page.getByTestId('consolidate-close').click();
  await expect(page.getByTestId('scenario-tabs').getByRole('tab')).toHaveCount(1);
  expect(await planOnScreen(page)).toEqual(before);
});
