import { expect, test } from '@playwright/test';
import { card, openApp, openExample, planOnScreen } from './support/app';
import { headerOf } from './support/pointer';

test('links are routed above the cards; selecting a workload highlights its dependency chains and dims the rest', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '02-esxi-ha-cluster');
  const plan = await planOnScreen(page);
  const link = plan.links[0];
  if (!link) throw new Error('example 02 has no links');
  await expect(page.getByTestId('link-legend')).toBeVisible();

  // Routed: an orthogonal path with rounded corners (quadratic curves at the bends), above the cards.
  const edge = page.getByTestId(`rf__edge-${link.id}`);
  const d = (await edge.locator('.react-flow__edge-path').getAttribute('d')) ?? '';
  expect(d).toMatch(/^M [-\d.]+ [-\d.]+( (L|Q) [-\d. ]+)+$/);
  const edgeZ = Number(
    await edge.evaluate(
      (g) => getComputedStyle((g as SVGGraphicsElement).ownerSVGElement as Element).zIndex,
    ),
  );
  const cardZ = Number(
    await card(page, link.from).evaluate(
      (c) => getComputedStyle(c.closest('.react-flow__node') as Element).zIndex,
    ),
  );
  expect(edgeZ).toBeGreaterThan(cardZ);

  // Select the workload the link starts from.
  await page.mouse.click(
    ...(Object.values(await headerOf(card(page, link.from))) as [number, number]),
  );
  await expect(page.getByTestId('dependency-focus')).toHaveCount(1);
  const opacity = (id: string) =>
    card(page, id).evaluate(
      (c) => getComputedStyle(c.closest('.react-flow__node') as Element).opacity,
    );
  expect(await opacity(link.from)).toBe('1');
  expect(await opacity(link.to)).toBe('1');
  const unrelated = plan.nodes.find(
    (n) => n.kind === 'vm' && !plan.links.some((l) => l.from === n.id || l.to === n.id),
  );
  if (unrelated) expect(Number(await opacity(unrelated.id))).toBeLessThan(1);

  // Clicking the empty canvas clears the focus.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dependency-focus')).toHaveCount(0);
});
