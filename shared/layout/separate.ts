/**
 * Moves boxes apart until no two overlap, pure. Fixed boxes (the card that grew, was added or was
 * dropped) are placed first and keep their place where they can; every other box keeps its place
 * unless it overlaps one already placed, and then steps right or down past it, whichever is the
 * shorter way. Each step only ever increases x or y, so it ends.
 */
import type { Point } from '../model/nodes';

export interface IdBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Space left between a box and the one it was moved past. */
export const SEPARATION = 40;

export function boxesOverlap(a: IdBox, b: IdBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The new top-left corner of every box that had to move (the others are absent). */
export function separate(
  boxes: readonly IdBox[],
  fixed: ReadonlySet<string> = new Set(),
): Map<string, Point> {
  const order = boxes
    .map((box, i) => ({ box, i, first: fixed.has(box.id) ? 0 : 1 }))
    .sort((a, b) => a.first - b.first || a.box.y - b.box.y || a.box.x - b.box.x || a.i - b.i);
  const placed: IdBox[] = [];
  const moved = new Map<string, Point>();
  for (const { box } of order) {
    let at: IdBox = box;
    for (
      let hit = placed.find((p) => boxesOverlap(at, p));
      hit;
      hit = placed.find((p) => boxesOverlap(at, p))
    ) {
      const right = hit.x + hit.width + SEPARATION;
      const down = hit.y + hit.height + SEPARATION;
      at = right - box.x <= down - box.y ? { ...at, x: right } : { ...at, y: down };
    }
    placed.push(at);
    if (at !== box) moved.set(box.id, { x: at.x, y: at.y });
  }
  return moved;
}
