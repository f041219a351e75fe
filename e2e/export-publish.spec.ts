/**
 * Publishing from the app: File ▸ Export SVG… and File ▸ Export Report… (the PDF planning report)
 * through the export dialog, and exporting only the selection — the picture draws the selected
 * cards and embeds exactly that sub-plan, which reopens as such.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extractPlanFromSvg } from '../shared/draw/svgPlan';
import { loadPlan } from '../shared/load/loadPlan';
import { extractPlanFromPng } from '../shared/png/pngText';
import { card, openApp, openExample, planOnScreen } from './support/app';
import { chooseFile, downloadFrom, fileMenu, planJson } from './files-helpers';

const ESX_01 = ['esx-01', 'esx-01-hv', 'vm-db', 'vm-web'];

function nodeIds(planText: string): string[] {
  const loaded = loadPlan(planText);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan.nodes.map((n) => n.id).sort();
}

test('Export SVG…: names as text, the plan inside, and it reopens as the plan', async ({ page }) => {
  await openApp(page);
  await openExample(page, '04-mixed-dr-sites');
  const original = await planJson(page);

  await fileMenu(page, 'export-svg');
  const dialog = page.getByTestId('export-svg-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('svg-include-title').check();
  await page.getByTestId('svg-include-legend').check();
  await page.getByTestId('export-theme-dark').click();
  const svg = await downloadFrom(page, () => page.getByTestId('export-svg-confirm').click());
  await expect(dialog).toHaveCount(0);
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.bytes.toString('utf8');
  const plan = await planOnScreen(page);
  expect(text).toContain(`>${plan.nodes[0]?.name}</text>`);
  expect(text).toContain('depends on');
  const inside = extractPlanFromSvg(text);
  expect(inside.ok && inside.text).toBe(original);
  await expect(page.getByTestId('toast')).toContainText(`Exported ${svg.name}`);

  await page.getByTestId('action-file-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await chooseFile(page, svg.name, svg.bytes);
  await expect.poll(() => planJson(page)).toBe(original);
});

test('Export Report…: the PDF planning report on Letter paper, names as text', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const plan = await planOnScreen(page);

  await fileMenu(page, 'export-report');
  await expect(page.getByTestId('export-pdf-dialog')).toBeVisible();
  await page.getByTestId('export-paper-letter').click();
  const pdf = await downloadFrom(page, () => page.getByTestId('export-pdf-confirm').click());
  expect(pdf.name).toMatch(/-report\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = join(mkdtempSync(join(tmpdir(), 'strata-pdf-')), 'report.pdf');
  writeFileSync(file, pdf.bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(plan.name.slice(0, 30));
  for (const heading of ['Figures', 'High availability per cluster', 'Disaster recovery', 'Issues'])
    expect(text).toContain(heading);
  // The diagram's names are text too.
  expect(text).toContain('esx-01');
});

test('exporting the selection: SVG and PNG hold exactly the selected cards, and reopen as that plan', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await card(page, 'esx-01').click({ position: { x: 40, y: 12 } });
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'esx-01');

  await fileMenu(page, 'export-svg');
  await page.getByTestId('export-scope-selection').click();
  await expect(page.getByTestId('export-scope-selection')).toHaveAttribute('aria-checked', 'true');
  const svg = await downloadFrom(page, () => page.getByTestId('export-svg-confirm').click());
  expect(svg.name).toMatch(/-selection\.svg$/);
  const text = svg.bytes.toString('utf8');
  const inside = extractPlanFromSvg(text);
  if (!inside.ok) throw new Error(inside.reason);
  expect(nodeIds(inside.text)).toEqual([...ESX_01].sort());
  // Only the selection is drawn.
  expect(text).toContain('>esx-01</text>');
  expect(text).not.toContain('>esx-02</text>');

  await fileMenu(page, 'export-png');
  await expect(page.getByTestId('export-scope-selection')).toHaveAttribute('aria-checked', 'true');
  const png = await downloadFrom(page, () => page.getByTestId('export-png-confirm').click());
  const inPng = extractPlanFromPng(png.bytes);
  if (!inPng.ok) throw new Error(inPng.reason);
  expect(nodeIds(inPng.text)).toEqual([...ESX_01].sort());

  // Opening the file gives the plan of exactly those nodes.
  await page.getByTestId('action-file-new').click();
  await chooseFile(page, svg.name, svg.bytes);
  await expect
    .poll(async () => (await planOnScreen(page)).nodes.map((n) => n.id).sort())
    .toEqual([...ESX_01].sort());
  await chooseFile(page, png.name, png.bytes);
  await expect
    .poll(async () => (await planOnScreen(page)).nodes.map((n) => n.id).sort())
    .toEqual([...ESX_01].sort());
});
