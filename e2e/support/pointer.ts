/** Real pointer gestures: press, move in steps, release, as a person drags. */
import type { Locator, Page } from '@playwright/test';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`no box for ${locator.toString()}`);
  return box;
}

export async function centreOf(locator: Locator): Promise<Point> {
  const b = await boxOf(locator);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** A point inside a card's lower-left area: inside the card, clear of its header. */
export async function bodyOf(locator: Locator): Promise<Point> {
  const b = await boxOf(locator);
  return { x: b.x + Math.min(16, b.width / 4), y: b.y + b.height - Math.min(8, b.height / 6) };
}

/** A point on a card's header line, where pressing starts a drag of that card. */
export async function headerOf(locator: Locator): Promise<Point> {
  const b = await boxOf(locator);
  return { x: b.x + b.width / 2, y: b.y + Math.min(14, b.height / 4) };
}

export async function press(page: Page, from: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
}

export async function moveInSteps(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  }
}

/** Press at `from`, move to `to` in steps, release. */
export async function drag(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  await press(page, from);
  await moveInSteps(page, from, to, steps);
  await page.mouse.up();
}
