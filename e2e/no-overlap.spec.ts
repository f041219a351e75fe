import { expect, test, type Page } from '@playwright/test';
import { card, expectPlan, fitView, openApp, openExample, planOnScreen } from './support/app';
import { centreOf, drag, headerOf } from './support/pointer';

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Every pair of top-level cards whose boxes on screen overlap. */
async function overlappingCards(page: Page): Promise<string[]> {
  const plan = await planOnScreen(page);
  const roots = plan.nodes.filter((n) => n.parentId === null).map((n) => n.id);
  const boxes: [string, Rect][] = [];
  for (const id of roots) {
    const box = await card(page, id).boundingBox();
    if (box) boxes.push([id, box]);
  }
  const pairs: string[] = [];
  boxes.forEach(([a, ra], i) =>
    boxes.slice(i + 1).forEach(([b, rb]) => overlap(ra, rb) && pairs.push(`${a}/${b}`)),
  );
  return pairs;
}

test('every example opens with no two top-level cards overlapping', async ({ page }) => {
  await openApp(page);
  for (const id of [
    '01-legacy-bare-metal',
    '02-esxi-ha-cluster',
    '03-kubernetes-containers',
    '04-mixed-dr-sites',
  ]) {
    await openExample(page, id);
    await fitView(page);
    expect(await overlappingCards(page), id).toEqual([]);
  }
});

test('dropping a card onto another moves the other aside; one undo puts both back', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  await fitView(page);
  const before = await planOnScreen(page);
  const to = await centreOf(card(page, 'esx-01'));
  await drag(page, await headerOf(card(page, 'esx-02')), to, 15);
  await expectPlan(
    page,
    (p) => JSON.stringify(p.nodes) !== JSON.stringify(before.nodes),
    'esx-02 was dropped',
  );
  expect(await overlappingCards(page)).toEqual([]);
  await page.keyboard.press('Control+z');
  await expectPlan(
    page,
    (p) => JSON.stringify(p.nodes) === JSON.stringify(before.nodes),
    'one undo restores both',
  );
});
