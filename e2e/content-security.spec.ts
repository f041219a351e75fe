// The page runs under the one Content Security Policy and never trips it: not at start (zod's eval
// probe used to), not when a plan is opened and its figures computed.
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';

test('the app starts and opens a plan without a single CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toBe(CONTENT_SECURITY_POLICY);

  await page.getByTestId('examples-button').click();
  await page.getByTestId('action-example-04-mixed-dr-sites').click();
  await expect(page.getByTestId('plan-name')).not.toHaveText('');
  await page.getByTestId('action-view-failure-mode').click();
  await page.waitForTimeout(300);

  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
  expect(messages).toEqual([]);
});
