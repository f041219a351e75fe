import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADLINE_FIGURES } from '../shared/diff/headline';
import { openApp, openExample } from './support/app';

const EXAMPLES = 'examples';

/** Picks "Another file…" in a Compare picker by keyboard, as a person does, and gives the file chooser `name`. */
async function compareWithFile(page: Page, picker: string, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(picker).selectOption('another-file');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('compare a scenario of this plan with a scenario of another file, chosen in the file chooser', async ({
  page,
}) => {
  // Many steps, the command line and (here) file choosers: more than the default minute on a loaded machine.
  test.setTimeout(120_000);
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await page.getByTestId('action-view-compare').click();
  const panel = page.getByTestId('compare-panel');
  await expect(panel).toBeVisible();

  // A bad file: named in the message, and the comparison is unchanged.
  await compareWithFile(
    page,
    'compare-to',
    'broken.strata',
    '{"format":"strata-plan","version":1,"nodes":[{"id":"x","kind":"server","ramGiB":0}]}',
  );
  await expect(page.getByTestId('compare-error')).toContainText('Cannot open "broken.strata"');
  await expect(page.getByTestId('compare-error')).toContainText('nodes[0].ramGiB');
  await expect(page.getByTestId('compare-to')).toHaveValue('as-is');

  // Example 05: its "Containerized" scenario, compared with this plan's "As is".
  const other = readFileSync(join(EXAMPLES, '05-consolidation-scenarios.strata'), 'utf8');
  await compareWithFile(page, 'compare-to', 'scenarios.strata', other);
  await expect(page.getByTestId('compare-error')).toHaveCount(0);
  await expect(page.getByTestId('compare-to')).toHaveValue('other:as-is');
  await page.getByTestId('compare-to').selectOption({ label: 'Containerized' });
  await expect(page.getByTestId('compare-to')).toHaveValue('other:containerized');
  await expect(panel.locator('thead th').nth(2)).toHaveText('Containerized (scenarios.strata)');
  // The document is still example 02, one scenario, unchanged.
  await expect(page.getByTestId('scenario-tabs').getByRole('tab')).toHaveText(['As is']);
  await expect(page.getByTestId('plan-name')).not.toContainText('•');

  // The deltas are those of `strata diff` of the two files.
  const dir = mkdtempSync(join(tmpdir(), 'strata-compare-file-'));
  const b = join(dir, 'scenarios.strata');
  writeFileSync(b, other);
  const out = execFileSync(
    process.execPath,
    [
      'bin/strata.mjs',
      'diff',
      join(EXAMPLES, '02-esxi-ha-cluster.strata'),
      b,
      '--to',
      'Containerized',
      '--json',
    ],
    { encoding: 'utf8' },
  );
  const diff = JSON.parse(out) as {
    figures: Record<string, { delta: number | null }>;
    added: string[];
    removed: string[];
  };
  // Every row at once (one look at the panel, as a reader scans it).
  const shown = await panel
    .locator('tr[data-testid^="compare-row-"]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.getAttribute('data-testid')?.slice('compare-row-'.length),
          r.getAttribute('data-delta'),
        ]),
      ),
    );
  let compared = 0;
  for (const fig of HEADLINE_FIGURES) {
    const figure = diff.figures[fig.key];
    if (!figure) continue;
    expect([fig.key, shown[fig.key]]).toEqual([fig.key, String(figure.delta ?? '')]);
    compared += 1;
  }
  expect(compared).toBeGreaterThan(10);
  // Better and worse are said in words beside the colour.
  await expect(panel.locator('.compare__delta--worse .compare__verdict').first()).toHaveText(
    'worse',
  );
  // The change list: a line per node added and removed, as strata diff counts them.
  await expect(panel.getByTestId('compare-added')).toHaveCount(diff.added.length);
  await expect(panel.getByTestId('compare-removed')).toHaveCount(diff.removed.length);
  expect(diff.added.length + diff.removed.length).toBeGreaterThan(0);
});
