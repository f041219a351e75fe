/**
 * What the first view of a plan fits, pure: the whole plan when it fits at a readable zoom, else
 * the largest top-level card (a site, usually), shown at no less than that zoom, with the rest a
 * pan away. A plan whose fit is ~0.5 zoom has ~6 px text: nothing can be read.
 */
import type { Rect } from '../../shared/layout/planLayout';

/** The smallest zoom the first view goes to. */
export const READABLE_ZOOM = 0.75;

/** The zoom at which `bounds` fills the pane with `padding` (a share of the pane) on each side. */
export function fitZoom(
  bounds: Rect,
  pane: { width: number; height: number },
  padding: number,
): number {
  const w = pane.width / (1 + padding);
  const h = pane.height / (1 + padding);
  return Math.min(w / Math.max(1, bounds.width), h / Math.max(1, bounds.height));
}

export function readableTarget(
  all: Rect,
  roots: readonly Rect[],
  pane: { width: number; height: number },
  padding: number,
): Rect {
  if (fitZoom(all, pane, padding) >= READABLE_ZOOM || roots.length <= 1) return all;
  let largest = roots[0] ?? all;
  for (const r of roots) if (r.width * r.height > largest.width * largest.height) largest = r;
  return largest;
}
