import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { HEADLINE_FIGURES } from '../shared/diff/headline';
import { loadDocument } from '../shared/load/loadDocument';
import { downloadFrom, expectClean } from './files-helpers';
import { card, expectPlan, fitView, openApp, openExample, parentOf } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { bodyOf, headerOf, moveInSteps, press } from './support/pointer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('duplicate a scenario, move a VM in the copy, and save both; strata diff reads the move', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await expect(page.getByTestId('scenario-tab-as-is')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('scenario-delete')).toBeDisabled();

  await page.getByTestId('scenario-duplicate').click();
  const copy = page.getByTestId('scenario-tab-as-is-2');
  await expect(copy).toHaveText('As is (2)');
  await expect(copy).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('plan-name')).toContainText('•');
  // The duplicate itself is what Undo would take back (e2e/scenario-undo.spec.ts).
  await expect(page.getByTestId('action-edit-undo')).toBeEnabled();

  // In the copy (it opens at a readable first view), fitted, vm-db moves to esx-02 by dragging.
  await fitView(page);
  const from = await headerOf(card(page, 'vm-db'));
  const to = await bodyOf(card(page, 'esx-02-hv'));
  await press(page, from);
  await moveInSteps(page, from, to, 20);
  await expect(card(page, 'esx-02-hv')).toHaveAttribute('data-drop', 'accept');
  await page.mouse.up();
  await expectPlan(page, (p) => parentOf(p, 'vm-db') === 'esx-02-hv', 'vm-db moved in the copy');
  await expectFiguresMatchEngine(page);

  // The as-is is untouched and has its own (empty) history; the figures follow the tab. Undo
  // here would take back the duplicate, the last step of the document (not the copy's move).
  await page.getByTestId('scenario-tab-as-is').click();
  await expectPlan(page, (p) => parentOf(p, 'vm-db') === 'esx-01-hv', 'the as-is keeps vm-db');
  await expect(page.getByTestId('action-edit-undo')).toBeEnabled();
  await expectFiguresMatchEngine(page);
  await copy.click();
  await expectPlan(page, (p) => parentOf(p, 'vm-db') === 'esx-02-hv', 'the copy keeps its move');
  await expect(page.getByTestId('action-edit-undo')).toBeEnabled();

  // Renamed by double-click.
  await copy.dblclick();
  const input = page.getByTestId('scenario-rename-input');
  await input.fill('To be');
  await input.press('Enter');
  await expect(page.getByTestId('scenario-tab-as-is-2')).toHaveText('To be');

  const saved = await downloadFrom(page, () => page.keyboard.press('Control+s'));
  await expectClean(page);
  const text = saved.bytes.toString('utf8');
  const loaded = loadDocument(text);
  expect(loaded.ok && loaded.document.scenarios.map((s) => s.name)).toEqual(['As is', 'To be']);
  expect(loaded.ok && loaded.document.activeScenario).toBe('as-is-2');

  const dir = mkdtempSync(join(tmpdir(), 'strata-tabs-'));
  const file = join(dir, 'plan.strata');
  writeFileSync(file, text);
  // The command line as built (dist/cli), as a reviewer would run it on the saved file.
  const out = execFileSync(process.execPath, ['bin/strata.mjs', 'diff', file, '--json'], {
    encoding: 'utf8',
  });
  const diff = JSON.parse(out) as {
    moved: unknown[];
    figures: Record<string, { delta: number | null }>;
  };
  expect(diff.moved).toEqual([
    { id: 'vm-db', name: 'db', fromParent: 'esx-01-hv', toParent: 'esx-02-hv' },
  ]);
  expect(diff.figures['consolidation.hosts.esx-02.ramDemand']?.delta).toBe(64);

  // The Compare view shows the same deltas as `strata diff` of the saved file, and outlines the move.
  await page.getByTestId('action-view-compare').click();
  const panel = page.getByTestId('compare-panel');
  await expect(page.getByTestId('compare-from')).toHaveValue('as-is');
  await expect(page.getByTestId('compare-to')).toHaveValue('as-is-2');
  let compared = 0;
  for (const fig of HEADLINE_FIGURES) {
    const figure = diff.figures[fig.key];
    if (!figure) continue;
    const row = panel.getByTestId(`compare-row-${fig.key}`);
    await expect(row).toHaveAttribute('data-delta', String(figure.delta ?? ''));
    compared += 1;
  }
  expect(compared).toBeGreaterThan(10);
  await expect(panel.getByTestId('compare-moved')).toHaveText('db moved: esx-01 → esx-02');
  await page.getByTestId('compare-show-changes').check();
  const rules = await page.getByTestId('compare-outline').evaluate((el) => el.textContent);
  expect(rules).toContain('[data-id="vm-db"]');
  const outline = await card(page, 'vm-db').evaluate((el) => {
    const node = el.closest('.react-flow__node');
    return node ? getComputedStyle(node).outlineStyle : null;
  });
  expect(outline).toBe('dashed');
  await page.getByTestId('compare-close').click();
  await expect(panel).toHaveCount(0);

  // Delete the to-be, then undo the delete: it comes back with its move and its history.
  await page.getByTestId('scenario-delete').click();
  await expect(page.getByTestId('scenario-tab-as-is-2')).toHaveCount(0);
  await expect(page.getByTestId('scenario-tab-as-is')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('plan-name')).toContainText('•');
  await page.getByTestId('scenario-restore').click();
  await expect(page.getByTestId('scenario-tab-as-is-2')).toHaveAttribute('aria-selected', 'true');
  await expectPlan(page, (p) => parentOf(p, 'vm-db') === 'esx-02-hv', 'the restored to-be');
  await expect(page.getByTestId('action-edit-undo')).toBeEnabled();
  await expectClean(page);
});
