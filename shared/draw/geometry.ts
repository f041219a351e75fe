/**
 * The geometry of an exported PNG, pure: every node's rectangle on the canvas (from the canvas's
 * own layout, so the image matches the screen), the plan's bounds, the image size at a scale
 * (capped so no side passes 16,384 px) and the curves of the links.
 */
import { HANDLE_SIZE, HANDLE_Y } from '../layout/cardMetrics';
import type { PlanLayout } from '../layout/planLayout';
import type { PlanNode, Point } from '../model/nodes';
import type { Link } from '../model/plan';

export interface NodeRect {
  readonly node: PlanNode;
  /** Absolute canvas coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** 0 for a top-level node. */
  readonly depth: number;
  readonly hasChildren: boolean;
}

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const PNG_SCALES = [1, 2, 3, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
export const DEFAULT_PNG_SCALE: PngScale = 2;
/** Canvas units around the plan. */
export const EXPORT_MARGIN = 40;
/** Chromium refuses larger canvases (and 16,384² is its largest area). */
export const MAX_IMAGE_SIDE = 16_384;

export function isPngScale(value: unknown): value is PngScale {
  return typeof value === 'number' && (PNG_SCALES as readonly number[]).includes(value);
}

/** Every laid-out node's absolute rectangle, parents before children (the drawing order). */
export function nodeRects(layout: PlanLayout): NodeRect[] {
  const parents = new Set<string>();
  for (const node of layout.order) if (node.parentId !== null) parents.add(node.parentId);
  const depth = new Map<string, number>();
  const out: NodeRect[] = [];
  for (const node of layout.order) {
    const box = layout.boxes.get(node.id);
    const at = layout.absolute.get(node.id);
    if (!box || !at) continue;
    const parentDepth = node.parentId === null ? undefined : depth.get(node.parentId);
    const d = parentDepth === undefined ? 0 : parentDepth + 1;
    depth.set(node.id, d);
    out.push({
      node,
      x: at.x,
      y: at.y,
      width: box.width,
      height: box.height,
      depth: d,
      hasChildren: parents.has(node.id),
    });
  }
  return out;
}

/** The smallest box holding every rectangle; an empty plan has an empty box at the origin. */
export function planBounds(rects: readonly NodeRect[]): Bounds {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export interface ImageFrame {
  /** Pixels. */
  readonly width: number;
  readonly height: number;
  /** Pixels per canvas unit: the requested scale, or lower when a side would pass the cap. */
  readonly scale: number;
  readonly requestedScale: number;
  readonly capped: boolean;
  /** The canvas point drawn at the image's top-left corner. */
  readonly origin: Point;
}

/** Pixels for a picture of `width` × `height` canvas units at `requestedScale`, lowered so no side passes `maxSide`. */
export function pixelFrame(
  width: number,
  height: number,
  requestedScale: number,
  maxSide = MAX_IMAGE_SIDE,
): Omit<ImageFrame, 'origin'> {
  const longest = Math.max(width, height);
  const capped = Math.ceil(longest * requestedScale) > maxSide;
  const scale = capped ? maxSide / longest : requestedScale;
  return {
    width: Math.min(maxSide, Math.max(1, Math.ceil(width * scale))),
    height: Math.min(maxSide, Math.max(1, Math.ceil(height * scale))),
    scale,
    requestedScale,
    capped,
  };
}

/** The image for `bounds` plus a margin, at `scale`; the scale drops so no side passes `maxSide`. */
export function imageFrame(
  bounds: Bounds,
  requestedScale: number,
  margin = EXPORT_MARGIN,
  maxSide = MAX_IMAGE_SIDE,
): ImageFrame {
  return {
    ...pixelFrame(bounds.width + 2 * margin, bounds.height + 2 * margin, requestedScale, maxSide),
    origin: { x: bounds.x - margin, y: bounds.y - margin },
  };
}

export interface LinkCurve {
  readonly id: string;
  readonly start: Point;
  readonly control1: Point;
  readonly control2: Point;
  readonly end: Point;
}

/** How far a backward link's curve may bulge out: it stays inside the export margin. */
const MAX_BULGE = 36;

/**
 * Links as the canvas draws them: from the right-hand handle on the header line of the `from`
 * node to the left-hand handle of the `to` node, as a cubic Bézier curve.
 */
export function linkCurves(links: readonly Link[], rects: readonly NodeRect[]): LinkCurve[] {
  const byId = new Map(rects.map((r) => [r.node.id, r]));
  const handleY = HANDLE_Y + HANDLE_SIZE / 2;
  const out: LinkCurve[] = [];
  for (const link of links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const start = { x: from.x + from.width, y: from.y + handleY };
    const end = { x: to.x, y: to.y + handleY };
    const dx = end.x - start.x;
    const offset = dx >= 0 ? Math.max(24, dx / 2) : MAX_BULGE;
    out.push({
      id: link.id,
      start,
      control1: { x: start.x + offset, y: start.y },
      control2: { x: end.x - offset, y: end.y },
      end,
    });
  }
  return out;
}

/** The rectangles of the given nodes and everything inside them (an export of the selection). */
export function selectedRects(rects: readonly NodeRect[], ids: ReadonlySet<string>): NodeRect[] {
  const kept = new Set<string>();
  const out: NodeRect[] = [];
  // Parents come before their children, so one pass sees every ancestor first.
  for (const r of rects) {
    const parent = r.node.parentId;
    if (ids.has(r.node.id) || (parent !== null && kept.has(parent))) {
      kept.add(r.node.id);
      out.push(r);
    }
  }
  return out;
}
