/**
 * Real input through Playwright, paced like a person's hand: one pointer or wheel event per
 * `stepMs` (an event goes out late when the page is slow to take the previous one, never early).
 */
import type { Page } from '@playwright/test';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const STEP_MS = 16;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `step(i, t)` once per `STEP_MS`, until `durationMs` has passed (t: the fraction of the
 * time gone) or for `steps` calls (t: i / steps).
 */
async function paced(limit: { durationMs: number } | { steps: number }, step: (i: number, t: number) => Promise<void>): Promise<void> {
  const start = performance.now();
  for (let i = 0; ; i += 1) {
    const elapsed = performance.now() - start;
    if ('steps' in limit ? i >= limit.steps : elapsed >= limit.durationMs) break;
    await step(i, 'steps' in limit ? i / limit.steps : elapsed / limit.durationMs);
    const wait = start + (i + 1) * STEP_MS - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

/**
 * Pans by dragging with the middle button (React Flow pans on a middle-button drag even when it
 * starts over a node, so no empty spot of the pane is needed) around a circle: the view moves
 * continuously and comes back where it started.
 */
export async function panInCircles(page: Page, centre: Point, radius: number, durationMs: number, turns = 2): Promise<void> {
  const at = (t: number): Point => ({
    x: centre.x + radius * Math.cos(2 * Math.PI * turns * t) - radius,
    y: centre.y + radius * Math.sin(2 * Math.PI * turns * t),
  });
  const start = at(0);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down({ button: 'middle' });
  await paced({ durationMs }, async (_i, t) => {
    const p = at(t);
    await page.mouse.move(p.x, p.y);
  });
  const end = at(1);
  await page.mouse.move(end.x, end.y);
  await page.mouse.up({ button: 'middle' });
}

/**
 * Wheel events zooming in (each scaling by 2^(deltaPerStep · 0.002)) for half of `durationMs`,
 * then as many zooming out: back to the zoom it started from, however slow each step was.
 */
export async function zoomInAndOut(page: Page, at: Point, durationMs: number, deltaPerStep: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  let steps = 0;
  await paced({ durationMs: durationMs / 2 }, async () => {
    await page.mouse.wheel(0, -deltaPerStep);
    steps += 1;
  });
  await paced({ steps }, async () => {
    await page.mouse.wheel(0, deltaPerStep);
  });
}

/** React Flow's wheel zoom: each event scales by 2^(-deltaY · 0.002) around the pointer. */
export const WHEEL_DELTA = 100;
export const WHEEL_FACTOR = 2 ** (WHEEL_DELTA * 0.002);

/** Zooms in around `at` by `steps` wheel events, then lets the view settle. */
export async function wheelZoom(page: Page, at: Point, steps: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < steps; i += 1) {
    await page.mouse.wheel(0, -WHEEL_DELTA);
    await sleep(40);
  }
  await sleep(400);
}

/** Press at `from`, move to `to` over `durationMs`, stay a moment (the pointer at rest), not released. */
export async function dragWithoutRelease(page: Page, from: Point, to: Point, durationMs: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await paced({ durationMs }, async (_i, t) => {
    // Ease in and out, as a hand does; the first steps cross React Flow's drag threshold.
    const e = t < 0.5 ? 2 * t * t : 1 - 2 * (1 - t) * (1 - t);
    await page.mouse.move(from.x + (to.x - from.x) * e, from.y + (to.y - from.y) * e);
  });
  await page.mouse.move(to.x, to.y);
  await sleep(100);
}
