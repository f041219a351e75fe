/**
 * Find (Ctrl+F): typing lists the nodes whose name, id, service or image holds the text, with
 * where each sits; the arrow keys and Enter choose one, and the canvas shows it — opening the
 * summary card that held it — selected, at a readable zoom. On a 10,000-node plan the list follows
 * each keystroke within 100 ms.
 */
import { expect, test, type Page } from '@playwright/test';
import { generatePlan } from '../bench/generatePlan';
import { planText } from '../bench/planText';
import { chooseFile } from './files-helpers';
import { card, openApp, openExample } from './support/app';

async function zoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

/** Until the page's main thread has had a quiet half second (the opened plan's figures are done). */
async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        let quiet = 0;
        const tick = (): void => {
          const now = performance.now();
          quiet = now - last < 70 ? quiet + (now - last) : 0;
          last = now;
          if (quiet >= 500) resolve();
          else setTimeout(tick, 50);
        };
        setTimeout(tick, 50);
      }),
  );
}

/** Whether the element's box lies inside the canvas's pane. */
async function inPane(page: Page, testId: string): Promise<boolean> {
  const pane = await page.locator('.react-flow').boundingBox();
  const box = await page.getByTestId(testId).boundingBox();
  if (!pane || !box) return false;
  return (
    box.x >= pane.x &&
    box.y >= pane.y &&
    box.x + box.width <= pane.x + pane.width &&
    box.y + box.height <= pane.y + pane.height
  );
}

test('find by image, choose with the keyboard: the card opens, is selected and in view', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  // esx-01 collapsed by hand into a summary card: its containers are not on the canvas.
  await card(page, 'esx-01').dblclick({ position: { x: 30, y: 8 } });
  await expect(card(page, 'api-1')).toHaveCount(0);
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });

  await page.keyboard.press('Control+f');
  const input = page.getByTestId('find-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('ORDER-api');
  const results = page.getByTestId('find-result');
  await expect(results).toHaveCount(3);
  await expect(page.getByTestId('find-count')).toHaveText('3 matches');
  await expect(results.nth(0)).toHaveAttribute('data-node-id', 'api-1');
  await expect(results.nth(0)).toContainText('image: registry.example.com/order-api:2.4');
  await expect(results.nth(0)).toContainText(
    'esx-01 › ESXi 8 on esx-01 › k8s-node-1 › kubelet on k8s-node-1',
  );
  await expect(results.nth(0).getByRole('img')).toHaveAttribute('alt', 'Container');
  await expect(results.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('find-box')).toHaveCount(0);
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'api-2');
  await expect(card(page, 'api-2')).toBeVisible();
  await expect.poll(() => inPane(page, 'node-api-2')).toBe(true);
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.75);
});

test('find by service and by id; a click chooses; Escape closes and gives the keyboard back', async ({
  page,
}) => {
  await openApp(page);
  await openExample(page, '03-kubernetes-containers');
  await card(page, 'esx-03').click({ position: { x: 30, y: 8 } });
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('find-input');
  await input.fill('erp');
  await expect(page.getByTestId('find-result').first()).toHaveAttribute('data-node-id', 'vm-erp');
  await input.fill('vm-mail');
  await expect(page.getByTestId('find-result')).toHaveCount(1);
  await expect(page.getByTestId('find-result')).toContainText('id: vm-mail');
  await input.fill('nothing-like-this');
  await expect(page.getByTestId('find-count')).toHaveText('No node matches');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-box')).toHaveCount(0);
  // The selection is as it was, and the keyboard is the canvas's again: Delete deletes it.
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'esx-03');
  await expect(input).toHaveCount(0);

  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill('monitoring');
  await page.getByTestId('find-result').nth(1).click();
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', 'monitoring-2');
  await expect.poll(() => inPane(page, 'node-monitoring-2')).toBe(true);
});

test('on a 10,000-node plan each keystroke lists its matches within 100 ms, and the chosen node shows', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const plan = generatePlan({ nodes: 10_000 });
  const counts = new Map<string, number>();
  for (const n of plan.nodes) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
  // A container deep in the last cluster, with a name no other node has.
  const target = [...plan.nodes]
    .reverse()
    .find((n) => n.kind === 'container' && counts.get(n.name) === 1);
  if (!target) throw new Error('the generated plan has no uniquely named container');
  await openApp(page);
  await chooseFile(page, 'estate.strata', planText(plan));
  await expect(page.getByTestId('status-counts')).toContainText(`${plan.nodes.length.toLocaleString('en-US')} nodes`, {
    timeout: 120_000,
  });
  await page.getByTestId('action-view-zoom-fit').click();
  await waitForIdle(page);

  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('find-input')).toBeFocused();
  // Two clocks. The page's: from each keydown to the list's change, and to the frame after it
  // (wall time: on a busy machine it includes waiting for a core). Chromium's trace: the main
  // thread's CPU time for each key's events, in which React puts the new list in the page.
  await page.evaluate(() => {
    const w = window as unknown as { findTimes: { commit: number; frame: number }[] };
    w.findTimes = [];
    let down = 0;
    let waiting = false;
    document.addEventListener(
      'keydown',
      () => {
        down = performance.now();
        waiting = true;
      },
      true,
    );
    const box = document.querySelector('[data-testid="find-box"]');
    if (!box) throw new Error('no find box');
    new MutationObserver(() => {
      if (!waiting) return;
      waiting = false;
      const commit = performance.now() - down;
      requestAnimationFrame(() => w.findTimes.push({ commit, frame: performance.now() - down }));
    }).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const browser = page.context().browser();
  await browser?.startTracing(page, { categories: ['devtools.timeline'] });
  await page.getByTestId('find-input').pressSequentially(target.name, { delay: 120 });
  const trace = JSON.parse((await browser?.stopTracing())?.toString() ?? '{}') as {
    traceEvents: { name: string; tdur?: number; args?: { data?: { type?: string } } }[];
  };
  const first = page.getByTestId('find-result').first();
  await expect(first).toHaveAttribute('data-node-id', target.id);

  // CPU per key: its keydown, keypress and input events (the list is rendered in the last).
  const perKey: number[] = [];
  for (const event of trace.traceEvents) {
    const type = event.name === 'EventDispatch' ? event.args?.data?.type : undefined;
    if (type === 'keydown') perKey.push(0);
    if (type && ['keydown', 'keypress', 'input'].includes(type) && perKey.length > 0)
      perKey[perKey.length - 1]! += (event.tdur ?? 0) / 1000;
  }
  const times = await page.evaluate(
    () => (window as unknown as { findTimes: { commit: number; frame: number }[] }).findTimes,
  );
  const text = (values: number[]) => values.map((v) => v.toFixed(1)).join(' ');
  console.log(
    `find on 10k nodes, per key (ms): main-thread CPU keydown → list ${text(perKey)}; ` +
      `wall keydown → list ${text(times.map((t) => t.commit))}; wall → next frame ${text(times.map((t) => t.frame))}`,
  );
  expect(perKey).toHaveLength(target.name.length);
  expect(Math.max(...perKey)).toBeLessThan(100);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', target.id);
  await expect(card(page, target.id)).toBeVisible();
  await expect.poll(() => inPane(page, `node-${target.id}`)).toBe(true);
});
