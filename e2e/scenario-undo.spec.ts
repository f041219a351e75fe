import { expect, test } from '@playwright/test';
import { card, expectPlan, fitView, openApp, openExample } from './support/app';
import { expectClean } from './files-helpers';

const has = (id: string) => (p: { nodes: readonly { id: string }[] }) =>
  p.nodes.some((n) => n.id === id);

test('Ctrl+Z right after deleting a scenario brings its tab back with its content; Undo goes on through the tab steps and edits', async ({
  page,
}) => {
  // Many steps, the command line and (here) file choosers: more than the default minute on a loaded machine.
  test.setTimeout(120_000);
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await page.getByTestId('scenario-duplicate').click();
  const copy = page.getByTestId('scenario-tab-as-is-2');
  await expect(copy).toHaveAttribute('aria-selected', 'true');

  // In the copy: delete vm-db (click its card, Delete), then rename the tab.
  await fitView(page);
  await card(page, 'vm-db').click();
  await page.keyboard.press('Delete');
  await expectPlan(page, (p) => !has('vm-db')(p), 'vm-db deleted in the copy');
  await copy.dblclick();
  const input = page.getByTestId('scenario-rename-input');
  await input.fill('To be');
  await input.press('Enter');
  await expect(copy).toHaveText('To be');

  // Delete the tab: the as-is is shown.
  await page.getByTestId('scenario-delete').click();
  await expect(copy).toHaveCount(0);
  await expect(page.getByTestId('scenario-tab-as-is')).toHaveAttribute('aria-selected', 'true');
  await expectPlan(page, has('vm-db'), 'the as-is keeps vm-db');

  // Ctrl+Z: the tab is back at its place, shown, with its content.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(copy).toHaveText('To be');
  await expect(copy).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('scenario-tabs').getByRole('tab')).toHaveText(['As is', 'To be']);
  await expectPlan(page, (p) => !has('vm-db')(p), 'the restored copy without vm-db');
  await expect(page.getByTestId('toast')).toContainText('Undone: Delete scenario “To be”');
  await expect(page.getByTestId('scenario-restore')).toHaveCount(0);

  // Then the rename, then the copy's own edit (Edit ▸ Undo from the toolbar), then the duplicate.
  await page.keyboard.press('Control+z');
  await expect(copy).toHaveText('As is (2)');
  await page.getByTestId('action-edit-undo').click();
  await expectPlan(page, has('vm-db'), 'the delete of vm-db undone in the copy');
  await page.keyboard.press('Control+z');
  await expect(copy).toHaveCount(0);
  await expect(page.getByTestId('scenario-tab-as-is')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('action-edit-undo')).toBeDisabled();
  await expectClean(page);

  // Redo replays them in order: the copy, its edit, its name, its delete.
  await page.keyboard.press('Control+y');
  await expect(copy).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+y');
  await expectPlan(page, (p) => !has('vm-db')(p), 'the delete of vm-db redone');
  await page.keyboard.press('Control+y');
  await expect(copy).toHaveText('To be');
  await page.keyboard.press('Control+y');
  await expect(copy).toHaveCount(0);
  await expect(page.getByTestId('action-edit-redo')).toBeDisabled();
});
