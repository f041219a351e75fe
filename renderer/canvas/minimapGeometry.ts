/**
 * The minimap's geometry, pure: which boxes of a plan's layout it draws, how flow coordinates map
 * to the minimap's pixels and back, and the viewports its clicks, drags and wheel turns ask for.
 */
import type { Point, Size } from '../../shared/model/nodes';
import { KIND_COLOUR } from '../../shared/draw/palette';
import type { PlanLayout, Rect } from '../../shared/layout/planLayout';

export type { Rect } from '../../shared/layout/planLayout';

export interface FlowViewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * How the minimap shows the flow: the flow point at its top-left corner and its CSS pixels per
 * flow unit.
 */
export interface MinimapFrame {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export interface MinimapShape extends Rect {
  readonly colour: string;
}

/** The minimap's size in CSS pixels (React Flow's default) and its margin around what it shows. */
export const MINIMAP_SIZE: Size = { width: 200, height: 150 };
export const MINIMAP_PAD = 5;

export { KIND_COLOUR };

/** Kinds drawn below the top level: anything smaller is under a pixel on a minimap of a large plan. */
const DRAWN_INSIDE = new Set(['server', 'hypervisor']);

/**
 * The boxes the minimap draws (top-level nodes, servers and hypervisors), parents before children
 * so that children are painted over them, and the bounds of them all (null for an empty plan).
 */
export function minimapShapes(layout: PlanLayout): { shapes: MinimapShape[]; bounds: Rect | null } {
  const shapes: MinimapShape[] = [];
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of layout.order) {
    if (node.parentId !== null && !DRAWN_INSIDE.has(node.kind)) continue;
    const at = layout.absolute.get(node.id);
    const box = layout.boxes.get(node.id);
    if (!at || !box) continue;
    shapes.push({ x: at.x, y: at.y, width: box.width, height: box.height, colour: KIND_COLOUR[node.kind] });
    if (node.parentId !== null) continue;
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
    right = Math.max(right, at.x + box.width);
    bottom = Math.max(bottom, at.y + box.height);
  }
  const bounds = shapes.length > 0 ? { x: left, y: top, width: right - left, height: bottom - top } : null;
  return { shapes, bounds };
}

/** The part of the flow a viewport shows in a pane of the given size. */
export function viewRect(viewport: FlowViewport, pane: Size): Rect {
  return { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: pane.width / viewport.zoom, height: pane.height / viewport.zoom };
}

export function unionRect(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The frame that shows all of `bounds`, centred, `pad` pixels inside a minimap of `size`. */
export function fitFrame(bounds: Rect, size: Size = MINIMAP_SIZE, pad: number = MINIMAP_PAD): MinimapFrame {
  const sx = bounds.width > 0 ? (size.width - 2 * pad) / bounds.width : Infinity;
  const sy = bounds.height > 0 ? (size.height - 2 * pad) / bounds.height : Infinity;
  const fitted = Math.min(sx, sy);
  const scale = Number.isFinite(fitted) && fitted > 0 ? fitted : 1;
  return {
    x: bounds.x + bounds.width / 2 - size.width / 2 / scale,
    y: bounds.y + bounds.height / 2 - size.height / 2 / scale,
    scale,
  };
}

export function toMinimap(frame: MinimapFrame, point: Point): Point {
  return { x: (point.x - frame.x) * frame.scale, y: (point.y - frame.y) * frame.scale };
}

export function toFlow(frame: MinimapFrame, pixel: Point): Point {
  return { x: frame.x + pixel.x / frame.scale, y: frame.y + pixel.y / frame.scale };
}

export function rectOnMinimap(frame: MinimapFrame, rect: Rect): Rect {
  const at = toMinimap(frame, rect);
  return { x: at.x, y: at.y, width: rect.width * frame.scale, height: rect.height * frame.scale };
}

/**
 * Where a layer drawn at frame `drawn` (covering a minimap of `size`) goes when the minimap shows
 * frame `shown`: the static layer is drawn once per plan and only moved and scaled per view change.
 */
export function layerPlacement(drawn: MinimapFrame, shown: MinimapFrame, size: Size = MINIMAP_SIZE): Rect {
  // As a ratio of scales, so that the same frame gives exactly the minimap's size: a 1:1 blit.
  const ratio = shown.scale / drawn.scale;
  return { x: (drawn.x - shown.x) * shown.scale, y: (drawn.y - shown.y) * shown.scale, width: size.width * ratio, height: size.height * ratio };
}

/** The viewport, at `zoom`, whose pane has `point` at its centre. */
export function centredOn(point: Point, zoom: number, pane: Size): FlowViewport {
  return { x: pane.width / 2 - point.x * zoom, y: pane.height / 2 - point.y * zoom, zoom };
}

/** The viewport at `zoom` that keeps the flow point at the pane's centre where it is. */
export function zoomAroundCentre(viewport: FlowViewport, zoom: number, pane: Size): FlowViewport {
  const centre = { x: (pane.width / 2 - viewport.x) / viewport.zoom, y: (pane.height / 2 - viewport.y) / viewport.zoom };
  return centredOn(centre, zoom, pane);
}

/** The zoom after one wheel event, as React Flow's minimap turns the wheel (up zooms in), clamped. */
export function wheelZoom(zoom: number, deltaY: number, deltaMode: number, minZoom: number, maxZoom: number): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
  const next = zoom * 2 ** (-deltaY * perUnit);
  return Math.min(maxZoom, Math.max(minZoom, next));
}
