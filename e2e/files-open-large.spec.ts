/**
 * Opening a large plan as a person does (File ▸ Open, a file chosen): it is read, parsed and
 * loaded in a worker while a progress indicator says which file and how far; the window keeps
 * answering; the plan then shows whole.
 */
import { expect, test } from '@playwright/test';
import { generatePlan } from '../bench/generatePlan';
import { planText } from '../bench/planText';
import { chooseFile } from './files-helpers';
import { openApp } from './support/app';

test('a 20,000-node plan opens in a worker, with progress, and the window keeps answering', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const plan = generatePlan({ nodes: 20_000 });
  const text = planText(plan);
  await openApp(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // The page's own clock: a timer every 20 ms, noting the stage shown (a blocked thread fires none).
  await page.evaluate(() => {
    const w = window as unknown as { lateness: [string, number][]; ticking: boolean };
    w.lateness = [];
    w.ticking = true;
    let last = performance.now();
    const tick = (): void => {
      const now = performance.now();
      const stage = document
        .querySelector('[data-testid="opening-progress"]')
        ?.getAttribute('data-stage');
      w.lateness.push([stage ?? 'none', now - last - 20]);
      last = now;
      if (w.ticking) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  });

  await chooseFile(page, 'estate.strata', text);
  const progress = page.getByTestId('opening-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('estate.strata');
  await expect(page.getByTestId('status-counts')).toHaveText(
    `${plan.nodes.length.toLocaleString('en-US')} nodes · ${plan.links.length.toLocaleString('en-US')} links`,
    { timeout: 120_000 },
  );
  await expect(progress).toBeHidden();
  expect(workers.some((url) => /openWorker/.test(url))).toBe(true);

  const lateness = await page.evaluate(() => {
    const w = window as unknown as { lateness: [string, number][]; ticking: boolean };
    w.ticking = false;
    return w.lateness;
  });
  // While the worker checks the plan the page's timers keep firing: the thread is free.
  expect(lateness.filter(([stage]) => stage === 'checking').length).toBeGreaterThan(5);
});

test('a file the loader refuses says why, and the indicator goes', async ({ page }) => {
  await openApp(page);
  await chooseFile(
    page,
    'broken.strata',
    '{"format":"strata-plan","version":1,"nodes":[{"id":1}]}',
  );
  await expect(page.getByTestId('toast')).toContainText('Cannot open "broken.strata": nodes[0].id');
  await expect(page.getByTestId('opening-progress')).toBeHidden();
});
