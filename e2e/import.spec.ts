/**
 * File ▸ Import… as a person does it: the menu, the dialog's file chooser, the preview, New plan
 * from import. The figures on screen then equal `strata report --json` of the command line's
 * import of the same workbook.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildXlsx } from '../shared/import/test-support/xlsx';
import {
  vHostRows,
  VHOST_4X,
  vInfoRows,
  VINFO_4X,
  type VmFixture,
} from '../shared/import/test-support/rvtoolsFixtures';
import { formatNumber, formatRatio } from '../shared/format/numbers';
import { spawnSync } from 'node:child_process';
import type { Report } from '../shared/metrics/types';
import { rvtoolsWorkbook } from '../bench/import/generateInventory';
import { openApp } from './support/app';
import { appTasks, traceMainThread } from './support/mainThreadTasks';

/**
 * Issue 10's limit on any one main-thread task, from the workbook chosen to the imported plan
 * painted with its figures, in CPU time (on a busy machine a task's wall time also counts its
 * waits for a core). The 5,000-VM workbook's tasks measured 14–58 ms of CPU under the profiler at a
 * load average of 11, and at most 58–83 ms here at 14, Playwright's own evaluations in the page
 * included (docs/performance.md, "Importing").
 */
const LONGEST_TASK_MS = 100;

function workbook(): Uint8Array {
  const hosts = Array.from({ length: 6 }, (_, i) => ({
    name: `esx-${i + 1}`,
    datacenter: i < 4 ? 'Frankfurt' : 'Berlin',
    cluster: i < 4 ? 'prod' : 'dr',
    cores: 32,
    memoryMiB: 262144,
  }));
  const vms: VmFixture[] = Array.from({ length: 30 }, (_, i) => ({
    name: `vm-${i + 1}`,
    host: `esx-${(i % 4) + 1}`,
    cpus: [2, 4, 8][i % 3],
    memoryMiB: [8192, 16384, 32768][i % 3],
    osConfig:
      i % 2 ? 'Microsoft Windows Server 2019 (64-bit)' : 'Red Hat Enterprise Linux 8 (64-bit)',
    power: i % 10 === 0 ? 'poweredOff' : 'poweredOn',
    template: i === 29,
  }));
  vms.push({ name: 'orphan', host: 'esx-99' });
  return buildXlsx([
    { name: 'vInfo', rows: vInfoRows(VINFO_4X, vms) },
    { name: 'vHost', rows: vHostRows(VHOST_4X, hosts) },
  ]);
}

/** The command line as a user runs it (`npx strata`, i.e. bin/strata.mjs on the built bundle). */
function strata(...args: string[]): string {
  const r = spawnSync(process.execPath, ['bin/strata.mjs', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

function cliReport(file: string, out: string): Report {
  strata('import', file, '--secondary', 'Berlin', '-o', out);
  return JSON.parse(strata('report', out, '--json'));
}

test('an RVTools workbook imported through the dialog shows the figures strata report gives', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'strata-e2e-import-'));
  const file = join(dir, 'RVTools_export_all.xlsx');
  writeFileSync(file, workbook());
  const report = cliReport(file, join(dir, 'estate.strata'));

  await openApp(page);
  await page.getByTestId('file-menu-button').click();
  await page.getByRole('menuitem', { name: /Import/ }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('import-secondary').fill('Berlin');
  await dialog.getByTestId('import-file-input').setInputFiles({
    name: 'RVTools_export_all.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(file),
  });
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await expect(dialog.getByTestId('import-count-vm')).toHaveAttribute('data-value', '29');
  await expect(dialog.getByTestId('import-count-server')).toHaveAttribute('data-value', '6');
  await expect(dialog.getByTestId('import-skipped')).toContainText(
    '1 template, 1 row on a host not in the inventory',
  );
  await expect(dialog.getByTestId('import-included')).toContainText('3 powered-off VMs and guests');
  await expect(dialog.getByTestId('import-warnings')).toContainText(
    'RVTools_export_all.xlsx row 32, Host',
  );
  await dialog.getByTestId('import-new-plan').click();
  const discard = page.getByTestId('unsaved-discard');
  if (await discard.isVisible().catch(() => false)) await discard.click();
  await expect(dialog).toHaveCount(0);

  const c = report.consolidation;
  await expect(page.getByTestId('metric-ratio')).toHaveAttribute(
    'data-value',
    JSON.stringify(c.ratio),
  );
  await expect(page.getByTestId('metric-ratio')).toHaveText(formatRatio(c.ratio));
  for (const [id, value] of [
    ['metric-servers', c.servers],
    ['metric-workloads', c.workloads],
    ['metric-vms', c.vms],
    ['metric-vm-hosts', c.vmHosts],
    ['metric-os-instances', report.patching.osInstances],
    ['metric-distinct-os', report.patching.distinctOsVersions],
  ] as const) {
    await expect(page.getByTestId(id), id).toHaveAttribute('data-value', JSON.stringify(value));
    await expect(page.getByTestId(id), id).toHaveText(formatNumber(value, 0));
  }
  await expect(page.getByTestId('metric-ram-in-use')).toHaveAttribute(
    'data-value',
    JSON.stringify({ demand: c.totals.ramDemand, capacity: c.totals.ramGiB }),
  );
  await expect(page.getByTestId('metric-hours-year')).toHaveAttribute(
    'data-value',
    JSON.stringify(report.patching.hoursPerYear),
  );
  await expect(page.getByTestId('metric-blast-worst')).toHaveAttribute(
    'data-value',
    JSON.stringify(report.blastRadius.max),
  );
  await expect(page.getByTestId('metric-dr-coverage')).toHaveAttribute(
    'data-value',
    JSON.stringify(report.dr?.coverage),
  );
  for (const cluster of report.ha.clusters)
    await expect(page.getByTestId(`ha-cluster-${cluster.name}`)).toHaveAttribute(
      'data-value',
      JSON.stringify(cluster),
    );
});

test('a workbook that misses a column is refused in the dialog, naming file, sheet and column', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('action-file-import').first().click();
  const dialog = page.getByTestId('import-dialog');
  const bad = buildXlsx([
    { name: 'vInfo', rows: vInfoRows(VINFO_4X, []) },
    {
      name: 'vHost',
      rows: vHostRows(
        VHOST_4X.filter((c) => c !== '# Cores'),
        [],
      ),
    },
  ]);
  await dialog.getByTestId('import-file-input').setInputFiles({
    name: 'bad.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bad),
  });
  await expect(dialog.getByTestId('import-error')).toHaveText(
    'bad.xlsx: sheet vHost: column "# Cores" is missing',
  );
  await expect(dialog.getByTestId('import-new-plan')).toBeDisabled();
  await dialog.getByTestId('import-cancel').click();
  await expect(dialog).toHaveCount(0);
});

test('a 5,000-VM workbook on 300 hosts: from the file chosen to the new plan painted, no main-thread task over 100 ms', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'strata-e2e-import-'));
  const file = join(dir, 'RVTools_export_all.xlsx');
  writeFileSync(file, rvtoolsWorkbook(5000, 300).bytes);
  await openApp(page);
  await page.getByTestId('action-file-import').first().click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  const stopTrace = await traceMainThread(page);
  // Waited for without Playwright's retrying assertions or visibility checks: their snapshots of
  // the page are tasks of its main thread too, and a visibility check forces the page's layout
  // into them (tasks of the test, not of the app).
  await dialog.getByTestId('import-file-input').setInputFiles(file);
  await page.waitForSelector('[data-testid="import-preview"]', {
    state: 'attached',
    timeout: 120_000,
  });
  const vms = await dialog.getByTestId('import-count-vm').getAttribute('data-value');
  expect(Number(vms)).toBeGreaterThan(4000);
  await dialog.getByTestId('import-new-plan').click();
  await page.waitForSelector(`[data-testid="metric-vms"][data-value="${vms}"]`, {
    state: 'attached',
    timeout: 60_000,
  });
  await page.waitForSelector('[data-testid="figures-pending"]', { state: 'detached' });
  const tasks = await stopTrace();
  console.log(`RVTools 5,000 VMs: main-thread tasks ≥ 50 ms (wall / CPU): ${JSON.stringify(tasks)}`);
  expect(Math.max(0, ...appTasks(tasks).map((t) => t.cpuMs))).toBeLessThan(LONGEST_TASK_MS);
});
