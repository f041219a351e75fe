import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp, openExample } from './support/app';
import {
  chooseFile,
  downloadFrom,
  editRam,
  expectClean,
  fileMenu,
  planJson,
  planOfFile,
} from './files-helpers';

test('Export JSON writes the plan document, and opening it gives the identical plan', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-web', '12');
  const edited = await planJson(page);

  const exported = await downloadFrom(page, () => fileMenu(page, 'export-json'));
  expect(exported.name).toBe('Virtualized the eight applications on a 3-host ESXi HA cluster.json');
  expect(planOfFile(exported.bytes.toString('utf8'))).toBe(edited);
  // An export is not a save: the changes are still unsaved.
  await expect(page.getByTestId('plan-name')).toContainText('•');

  await page.getByTestId('action-file-new').click();
  await page.getByTestId('unsaved-discard').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await chooseFile(page, exported.name, exported.bytes);
  await expect.poll(() => planJson(page)).toBe(edited);
  await expectClean(page);
});

test('Export Report as JSON writes what `strata report --json` prints for the plan', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const report = await downloadFrom(page, () => fileMenu(page, 'export-report-json'));
  expect(report.name).toBe(
    'Virtualized the eight applications on a 3-host ESXi HA cluster-report.json',
  );
  // Read while it is shown: the command line below takes seconds on a loaded machine.
  await expect(page.getByTestId('toast')).toContainText(`Exported ${report.name}`);
  // The command line's own output for the same plan, byte for byte.
  const file = join(mkdtempSync(join(tmpdir(), 'strata-report-')), 'plan.strata');
  writeFileSync(file, await planJson(page));
  const cli = execFileSync(process.execPath, ['bin/strata.mjs', 'report', file, '--json'], {
    encoding: 'utf8',
  });
  expect(report.bytes.toString('utf8')).toBe(cli);
});
