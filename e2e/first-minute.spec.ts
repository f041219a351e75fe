import { expect, test } from '@playwright/test';
import { expectPlan, openApp } from './support/app';

test('the empty canvas says how to start, and a starter builds a plan in one undo step', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByTestId('empty-canvas')).toHaveCount(0);
  await page.getByTestId('action-file-new').click();
  await expect(page.getByTestId('empty-canvas')).toContainText(
    'Drag a site or a server from the palette',
  );
  await page.getByTestId('starter-kubernetes-on-vms').click();
  const plan = await expectPlan(page, (p) => p.nodes.length > 0, 'the starter was added');
  expect(plan.nodes.filter((n) => n.kind === 'container')).toHaveLength(3);
  await expect(page.getByTestId('empty-canvas')).toHaveCount(0);
  await page.getByTestId('action-edit-undo').click();
  await expectPlan(page, (p) => p.nodes.length === 0, 'one undo removes the starter');
  await expect(page.getByTestId('starter-three-host-cluster')).toBeVisible();
  // Import… is a starter too: it opens the import dialog.
  await page.getByTestId('starter-import').click();
  await expect(page.getByRole('dialog')).toBeVisible();
});
