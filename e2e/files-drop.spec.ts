import { expect, test, type Page } from '@playwright/test';
import { serializePlan } from '../shared/load/serialize';
import { embedPlanInPng } from '../shared/png/pngText';
import { openApp, openExample } from './support/app';
import { partialHaPlan } from './support/plans';
import { expectClean, planJson } from './files-helpers';

/** Drops a file on the canvas as the OS does: dragover, then drop, with the file in the DataTransfer. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      return transfer;
    },
    { name, base64: bytes.toString('base64') },
  );
  const canvas = page.getByTestId('canvas');
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await canvas.dispatchEvent('drop', { dataTransfer });
}

test('a plan file or a Strata PNG dropped on the window opens', async ({ page }) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const text = serializePlan(partialHaPlan());

  await dropFile(page, 'partial-ha.strata', Buffer.from(text, 'utf8'));
  await expect.poll(() => planJson(page)).toBe(text);
  await expect(page.getByTestId('toast')).toContainText('Opened partial-ha.strata');
  await expectClean(page);

  // A PNG with the plan inside: the 1×1 transparent image of the PNG spec, plus the plan chunk.
  await page.getByTestId('action-file-new').click();
  const tiny = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  await dropFile(page, 'diagram.png', Buffer.from(embedPlanInPng(tiny, text)));
  await expect.poll(() => planJson(page)).toBe(text);

  // A refused drop names the file and changes nothing.
  await dropFile(page, 'broken.strata', Buffer.from('{"format":"strata-plan"', 'utf8'));
  await expect(page.getByTestId('toast')).toContainText('Cannot open "broken.strata"');
  expect(await planJson(page)).toBe(text);
});
