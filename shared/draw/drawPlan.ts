/**
 * Draws the plan's diagram on any DrawContext, in canvas units (the caller sets the transform):
 * nested boxes in their kind's colour, each with its name and key figures (a server's CPU and RAM
 * meters), and the links as arrows. It works from the plan and its layout, never the DOM (the
 * canvas culls what is off screen).
 */
import { CARD } from '../layout/cardMetrics';
import type { HostUsage } from '../metrics/types';
import { ENGLISH, type Lang } from '../i18n/lang';
import type { NodeKind } from '../model/nodes';
import type { DrawContext } from './context';
import type { LinkCurve, NodeRect } from './geometry';
import { hostMeters, nodeDetails, type Meter } from './labels';
import type { ExportPalette } from './palette';
import { mixColors } from './palette';

type Ctx2D = DrawContext;

/** The family the bundled CJK font (assets/fonts/NotoSansSC-Strata.otf) is registered under. */
export const CJK_FONT_FAMILY = 'Strata Noto Sans SC';

/**
 * Latin fonts first (English pictures look as they did), then the CJK fonts of common systems,
 * then the bundled one: the Node canvas and the app's canvas register it, so Chinese always has
 * glyphs; an SVG viewer without it falls back to its own CJK font.
 */
export const EXPORT_FONT = `'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', '${CJK_FONT_FAMILY}', sans-serif`;

const RADIUS = 10;
const INSET = 10;
const TEXT_LEFT = 28;
const NAME_BASELINE = 22;
const LINE_STEP = 15;
const METER_STEP = 14;
const ARROW = 9;

export interface DiagramInput {
  readonly rects: readonly NodeRect[];
  readonly links: readonly LinkCurve[];
  readonly palette: ExportPalette;
  /** Servers' usage from the engine's report, for their meters. */
  readonly hosts?: ReadonlyMap<string, HostUsage>;
  /** The plan's overcommit limits (CPU vCPU per core, RAM ×). */
  readonly limits?: { readonly cpu: number; readonly ram: number };
  readonly font?: string;
  /** The language of the detail lines (English by default). */
  readonly lang?: Lang;
}

interface Style {
  readonly palette: ExportPalette;
  readonly font: string;
  readonly lang: Lang;
}

/** `text` cut with an ellipsis to fit `max` units (measured in the context's current font). */
export function fitText(ctx: Pick<Ctx2D, 'measureText'>, text: string, max: number): string {
  if (max <= 0) return '';
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}

function roundRect(
  ctx: Ctx2D,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, Math.max(0, Math.min(radius, width / 2, height / 2)));
}

function boxColours(
  kind: NodeKind,
  parent: boolean,
  p: ExportPalette,
): { fill: string; stroke: string } {
  const k = p.kinds[kind];
  if (!parent) return { fill: p.card, stroke: p.cardBorder };
  if (kind === 'site')
    return { fill: mixColors(k, p.background, 0.03), stroke: mixColors(k, p.cardBorder, 0.32) };
  return { fill: mixColors(k, p.card, 0.05), stroke: mixColors(k, p.cardBorder, 0.32) };
}

function drawBox(ctx: Ctx2D, r: NodeRect, p: ExportPalette): void {
  const kind = r.node.kind;
  const dashed = kind === 'site' && r.hasChildren;
  const { fill, stroke } = boxColours(kind, r.hasChildren, p);
  roundRect(ctx, r.x, r.y, r.width, r.height, RADIUS);
  ctx.fillStyle = fill;
  ctx.fill();
  if (!r.hasChildren) {
    // The kind's stripe down the left edge, as on a leaf card (inset from the rounded corners,
    // so that no backend needs clipping).
    ctx.fillStyle = p.kinds[kind];
    ctx.fillRect(r.x + 0.5, r.y + RADIUS * 0.7, 3, Math.max(0, r.height - RADIUS * 1.4));
  }
  ctx.setLineDash(dashed ? [6, 4] : []);
  ctx.lineWidth = dashed ? 1.5 : 1;
  ctx.strokeStyle = stroke;
  roundRect(ctx, r.x, r.y, r.width, r.height, RADIUS);
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawMeter(
  ctx: Ctx2D,
  m: Meter,
  r: NodeRect,
  baseline: number,
  { palette: p, font }: Style,
): void {
  const left = r.x + INSET;
  const right = r.x + r.width - INSET;
  ctx.font = `600 10.5px ${font}`;
  ctx.fillStyle = p.muted;
  ctx.fillText(m.label, left, baseline);
  ctx.font = `10.5px ${font}`;
  const text = fitText(ctx, m.text, (right - left) / 2);
  const textWidth = ctx.measureText(text).width;
  ctx.fillStyle = p.text;
  ctx.fillText(text, right - textWidth, baseline);
  const trackLeft = left + 34;
  const trackWidth = right - textWidth - 6 - trackLeft;
  if (trackWidth < 12) return;
  roundRect(ctx, trackLeft, baseline - 7, trackWidth, 6, 3);
  ctx.fillStyle = p.track;
  ctx.fill();
  ctx.strokeStyle = p.trackBorder;
  ctx.lineWidth = 1;
  ctx.stroke();
  const fill = Math.min(1, Math.max(0, m.fill));
  if (fill <= 0) return;
  roundRect(ctx, trackLeft, baseline - 7, trackWidth * fill, 6, 3);
  ctx.fillStyle = m.level === 'over' ? p.bad : m.level === 'high' ? p.warn : p.ok;
  ctx.fill();
}

function drawLabels(ctx: Ctx2D, r: NodeRect, style: Style, meters: readonly Meter[]): void {
  const { palette: p, font } = style;
  const kind = r.node.kind;
  // A parent's children start below its header: its text stays above them.
  const room = r.hasChildren ? CARD[kind].header : r.height;
  const maxWidth = r.width - TEXT_LEFT - INSET;
  ctx.fillStyle = p.kinds[kind];
  roundRect(ctx, r.x + 12, r.y + NAME_BASELINE - 9, 9, 9, 2.5);
  ctx.fill();
  ctx.fillStyle = p.text;
  ctx.font = `600 12.5px ${font}`;
  ctx.fillText(fitText(ctx, r.node.name, maxWidth), r.x + TEXT_LEFT, r.y + NAME_BASELINE);
  let baseline = NAME_BASELINE + LINE_STEP + 1;
  const [first, ...rest] = nodeDetails(r.node, style.lang);
  const line = (text: string): void => {
    ctx.fillStyle = p.muted;
    ctx.font = `11px ${font}`;
    ctx.fillText(fitText(ctx, text, maxWidth), r.x + TEXT_LEFT, r.y + baseline);
    baseline += LINE_STEP;
  };
  if (first !== undefined && baseline + 5 <= room) line(first);
  for (const m of meters) {
    if (baseline + 3 > room) return;
    drawMeter(ctx, m, r, r.y + baseline, style);
    baseline += METER_STEP;
  }
  if (meters.length > 0) baseline += 2;
  for (const text of rest) {
    if (baseline + 5 > room) return;
    line(text);
  }
}

function drawLink(ctx: Ctx2D, c: LinkCurve, p: ExportPalette): void {
  // The arrowhead points along the curve's last tangent; the line stops at its base.
  const dx = c.end.x - c.control2.x;
  const dy = c.end.y - c.control2.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const base = { x: c.end.x - ux * ARROW, y: c.end.y - uy * ARROW };
  ctx.strokeStyle = p.link;
  ctx.lineWidth = 1.8;
  ctx.beginPath();
  ctx.moveTo(c.start.x, c.start.y);
  ctx.bezierCurveTo(c.control1.x, c.control1.y, c.control2.x, c.control2.y, base.x, base.y);
  ctx.stroke();
  ctx.fillStyle = p.link;
  ctx.beginPath();
  ctx.moveTo(c.end.x, c.end.y);
  ctx.lineTo(base.x - uy * ARROW * 0.55, base.y + ux * ARROW * 0.55);
  ctx.lineTo(base.x + uy * ARROW * 0.55, base.y - ux * ARROW * 0.55);
  ctx.closePath();
  ctx.fill();
}

/**
 * Paints the diagram in canvas units under the context's current transform. Containers first,
 * then the links, then the leaf cards over them, as the canvas shows links under cards.
 */
export function drawDiagram(ctx: Ctx2D, input: DiagramInput): void {
  const { rects, links, palette, hosts, limits } = input;
  const lang = input.lang ?? ENGLISH;
  const style: Style = { palette, font: input.font ?? EXPORT_FONT, lang };
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  const paint = (r: NodeRect): void => {
    const usage = r.node.kind === 'server' && limits ? hosts?.get(r.node.id) : undefined;
    drawBox(ctx, r, palette);
    drawLabels(ctx, r, style, usage && limits ? hostMeters(usage, limits, lang) : []);
  };
  for (const r of rects) if (r.hasChildren) paint(r);
  for (const c of links) drawLink(ctx, c, palette);
  for (const r of rects) if (!r.hasChildren) paint(r);
}
