import { expect, test } from '@playwright/test';
import { card, expectPlan, fitView, openApp, openExample, planOnScreen } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';

test('copy and paste a subtree into another node, with new ids', async ({ page }) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  const before = await planOnScreen(page);
  await card(page, 'vm-mail').click();
  await page.keyboard.press('Control+c');
  await expect(page.getByTestId('toast')).toContainText('Copied 1 node');
  await card(page, 'esx-03-hv').click({ position: { x: 30, y: 8 } });
  await page.keyboard.press('Control+v');
  const plan = await expectPlan(page, (p) => p.nodes.length === before.nodes.length + 1, 'pasted');
  const pasted = plan.nodes.at(-1);
  expect(pasted).toMatchObject({ kind: 'vm', parentId: 'esx-03-hv', vcpu: 4, ramGiB: 16 });
  expect(before.nodes.some((n) => n.id === pasted?.id)).toBe(false);
  // The paste is selected.
  await expect(page.getByTestId('inspector-node')).toHaveAttribute(
    'data-node-id',
    pasted?.id ?? '',
  );
  await expectFiguresMatchEngine(page);
});

test('duplicate copies a whole subtree beside the original; select all selects everything', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  const before = await planOnScreen(page);
  // Clicked on its header below the name, clear of the links drawn above the cards.
  await card(page, 'k8s-node-2').click({ position: { x: 30, y: 40 } });
  await page.keyboard.press('Control+d');
  const plan = await expectPlan(
    page,
    (p) => p.nodes.length === before.nodes.length + 7,
    'duplicated VM, runtime and five containers',
  );
  const ids = new Set(plan.nodes.map((n) => n.id));
  expect(ids.size).toBe(plan.nodes.length);
  const copy = plan.nodes[before.nodes.length];
  expect(copy).toMatchObject({ kind: 'vm', parentId: 'esx-02-hv' });
  await expectFiguresMatchEngine(page);

  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await expect(page.getByTestId('inspector-multi')).toContainText(
    `${plan.nodes.length} nodes selected`,
  );
  await expect(page.getByTestId('status-selection')).toHaveText(`${plan.nodes.length.toLocaleString('en-US')} selected`);
});

test('ctrl-click adds to the selection; the examples and New plan replace the document', async ({
  page,
}) => {
  await openApp(page);
  // The first view shows the largest server readable; the whole plan is one fit away.
  await fitView(page);
  await card(page, 'vm-db').click();
  await card(page, 'vm-erp').click({ modifiers: ['Control'] });
  await expect(page.getByTestId('inspector-multi')).toContainText('2 nodes selected');
  await openExample(page, '04-mixed-dr-sites');
  await expect(page.getByTestId('plan-name')).toContainText('Two sites');
  // Opening a plan clears the selection: no inspector, the figures' tab shows.
  await expect(page.getByTestId('inspector')).toHaveCount(0);
  await expect(page.getByTestId('metric-dr-coverage')).toBeVisible();
  await expectFiguresMatchEngine(page);
  await page.getByTestId('action-file-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByTestId('metric-servers')).toHaveText('0');
  await expectFiguresMatchEngine(page);
});
