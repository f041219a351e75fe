import { expect, test, type Dialog, type Page } from '@playwright/test';
import { openApp, openExample } from './support/app';
import { expectFiguresMatchEngine } from './support/figures';
import { recoveryText } from './support/recovery';
import { serializePlan } from '../shared/load/serialize';
import { editRam, expectClean, planInFile, planJson } from './files-helpers';

/** The plan in the recovery copy, written as the test hook writes the plan on screen. */
async function recoveryCopy(page: Page): Promise<string | null> {
  const text = await recoveryText(page);
  return text === null ? null : serializePlan(planInFile(text));
}

/** Reloads, accepting the browser's "Leave site?" prompt for unsaved changes. */
async function reloadLeavingUnsaved(page: Page): Promise<void> {
  const dialogs: string[] = [];
  const onDialog = (dialog: Dialog): void => {
    dialogs.push(dialog.type());
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  page.off('dialog', onDialog);
  expect(dialogs).toEqual(['beforeunload']);
}

test('unsaved work survives a reload: the copy is offered at start and restored', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-db', '112');
  const edited = await planJson(page);
  // Written a moment after the edit.
  await expect.poll(() => recoveryCopy(page), { timeout: 8_000 }).toBe(edited);

  await reloadLeavingUnsaved(page);
  const offer = page.getByTestId('recovery-prompt');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText(/Restore unsaved work from .+\?/);
  await page.getByTestId('recovery-restore').click();
  await expect(offer).toHaveCount(0);
  await expect.poll(() => planJson(page)).toBe(edited);
  await expect(page.getByTestId('plan-name')).toContainText('•');
  await expectFiguresMatchEngine(page);

  // Discarding clears the copy: the next start offers nothing.
  await reloadLeavingUnsaved(page);
  await page.getByTestId('recovery-discard').click();
  expect(await recoveryCopy(page)).toBeNull();
  await expectClean(page);
  expect(await planJson(page)).not.toBe(edited);
  await page.reload();
  await openApp(page);
  await expect(page.getByTestId('recovery-prompt')).toHaveCount(0);
});

test('saving clears the recovery copy', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await editRam(page, 'vm-db', '100');
  await expect.poll(() => recoveryCopy(page), { timeout: 8_000 }).not.toBeNull();
  await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  await expectClean(page);
  expect(await recoveryCopy(page)).toBeNull();
});

test('after a crash, the copy the recovery worker stored brings back every scenario', async ({
  page,
  context,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const asIs = await planJson(page);
  await page.getByTestId('scenario-duplicate').click();
  await expect(page.getByTestId('scenario-tabs').getByRole('tab')).toHaveCount(2);
  await editRam(page, 'vm-erp', '48');
  const toBe = await planJson(page);
  // Made and stored by the worker a moment after the edit, in IndexedDB: web storage stays empty.
  await expect.poll(() => recoveryCopy(page), { timeout: 10_000 }).toBe(toBe);
  expect(await page.evaluate(() => window.localStorage.getItem('strata.recovery.v1'))).toBeNull();

  // The page's process dies: nothing is written on the way out.
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const next = await context.newPage();
  await openApp(next);
  await expect(next.getByTestId('recovery-prompt')).toBeVisible();
  await next.getByTestId('recovery-restore').click();
  const tabs = next.getByTestId('scenario-tabs').getByRole('tab');
  await expect(tabs).toHaveCount(2);
  await expect.poll(() => planJson(next)).toBe(toBe);
  await tabs.first().click();
  await expect.poll(() => planJson(next)).toBe(asIs);
  await expect(next.getByTestId('plan-name')).toContainText('•');
});
