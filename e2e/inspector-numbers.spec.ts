import { expect, test } from '@playwright/test';
import { card, openApp, openExample } from './support/app';

test('numbers are read as a person types them, and what cannot be read is refused with the reason', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  await card(page, 'vm-web').click();
  const vcpu = page.getByTestId('field-vcpu');
  const error = page.getByTestId('field-vcpu-error');
  const refusals: [string, string][] = [
    ['8,5', '8,5: use a point for decimals'],
    ['0x10', '0x10: write the number in decimal digits'],
    ['1e308', '1e308: write the number in full, without an exponent'],
    ['769', 'must be at most 768'],
    ['4 GiB', '4 GiB: enter a number of vCPU'],
  ];
  for (const [typed, reason] of refusals) {
    await vcpu.fill(typed);
    await vcpu.press('Enter');
    await expect(error).toHaveText(reason);
  }
  await vcpu.fill('3 vCPU');
  await vcpu.press('Enter');
  await expect(error).toHaveCount(0);
  await expect(vcpu).toHaveValue('3');
  const ram = page.getByTestId('field-ramGiB');
  await ram.fill('1,024');
  await ram.press('Enter');
  await expect(ram).toHaveValue('1024');
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('a comma is the decimal sign and a point groups digits', async ({ page }) => {
    await openApp(page);
    await openExample(page, '02-esxi-ha-cluster');
    await card(page, 'vm-web').click();
    const vcpu = page.getByTestId('field-vcpu');
    await vcpu.fill('2,5');
    await vcpu.press('Enter');
    await expect(page.getByTestId('field-vcpu-error')).toHaveCount(0);
    await expect(vcpu).toHaveValue('2,5');
    await vcpu.fill('8.5');
    await vcpu.press('Enter');
    await expect(page.getByTestId('field-vcpu-error')).toHaveText('8.5: use a comma for decimals');
    const ram = page.getByTestId('field-ramGiB');
    await ram.fill('1.024');
    await ram.press('Enter');
    await expect(ram).toHaveValue('1024');
  });
});
