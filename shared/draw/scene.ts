/**
 * A whole exported picture: an optional header (the plan's title and the date), the diagram of
 * the plan or of a selection, and an optional footer (a legend of the kinds and links, a summary
 * of the key figures). Sizes are in canvas units; the frame turns them into pixels at a scale.
 */
import { counted } from '../format/counted';
import { formatNumber } from '../format/numbers';
import { ENGLISH, type Lang } from '../i18n/lang';
import { clusterText, figureMap, type NameOf } from '../format/figureTexts';
import type { PlanLayout } from '../layout/planLayout';
import type { Report } from '../metrics/types';
import type { NodeKind } from '../model/nodes';
import type { Plan } from '../model/plan';
import type { DrawContext } from './context';
import { EXPORT_FONT, drawDiagram, fitText } from './drawPlan';
import {
  EXPORT_MARGIN,
  MAX_IMAGE_SIDE,
  linkCurves,
  nodeRects,
  pixelFrame,
  planBounds,
  selectedRects,
  type Bounds,
  type LinkCurve,
  type NodeRect,
} from './geometry';
import type { ExportPalette } from './palette';

export interface SceneOptions {
  readonly palette: ExportPalette;
  /** A heading above the diagram (null or empty: none). */
  readonly title?: string | null;
  /** Printed at the header's right, as given (the caller formats the date). */
  readonly date?: string | null;
  readonly legend?: boolean;
  readonly figures?: boolean;
  /** Only these nodes and what they hold; null or empty: the whole plan. */
  readonly selection?: ReadonlySet<string> | null;
  /** Pixels per canvas unit (lowered when a side would pass `maxSide`). */
  readonly scale?: number;
  readonly maxSide?: number;
  readonly font?: string;
  /** The language of the legend, the summary and the cards' detail lines (English by default). */
  readonly lang?: Lang;
}

export type SceneFrame = ReturnType<typeof pixelFrame>;

interface SummaryCell {
  readonly label: string;
  readonly text: string;
}

export interface Scene {
  readonly frame: SceneFrame;
  /** Canvas units. */
  readonly width: number;
  readonly height: number;
  readonly rects: readonly NodeRect[];
  readonly links: readonly LinkCurve[];
  readonly bounds: Bounds;
  /** Where the diagram's bounds start, in scene units. */
  readonly diagramAt: { readonly x: number; readonly y: number };
  readonly title: string;
  readonly date: string;
  readonly legend: boolean;
  readonly summary: readonly SummaryCell[];
  readonly summaryColumns: number;
  readonly palette: ExportPalette;
  readonly font: string;
  readonly report: Report;
  readonly limits: { readonly cpu: number; readonly ram: number };
  readonly lang: Lang;
}

const HEADER = 52;
const LEGEND = 34;
const SUMMARY_ROW = 20;
const SUMMARY_CELL = 270;
const MIN_DECORATED_WIDTH = 760;

/** The figures the summary shows: the ones a reviewer asks for first. */
const SUMMARY_IDS = [
  'ratio',
  'servers-saved',
  'workloads',
  'os-instances',
  'hours-year',
  'blast-worst',
  'max-exposure',
  'dr-coverage',
  'dr-ready',
];
const SUMMARY_CLUSTERS = 4;

function summaryCells(report: Report, name: NameOf, lang: Lang): SummaryCell[] {
  const figures = figureMap(report, name, lang);
  const cells: SummaryCell[] = [];
  for (const id of SUMMARY_IDS) {
    const f = figures.get(id);
    if (f) cells.push({ label: f.label, text: f.text });
  }
  const clusters = report.ha.clusters;
  for (const c of clusters.slice(0, SUMMARY_CLUSTERS))
    cells.push({
      label: lang.t('export.summary.ha', { name: c.name }),
      text: lang.t('export.summary.tolerates', { text: clusterText(c, lang) }),
    });
  if (clusters.length > SUMMARY_CLUSTERS) {
    const more = clusters.length - SUMMARY_CLUSTERS;
    cells.push({
      label: lang.t('export.summary.haLabel'),
      text: lang.t('export.summary.moreClusters', {
        count: more,
        n: formatNumber(more, 2, lang.numberLocale),
      }),
    });
  }
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.length - errors;
  cells.push({
    label: lang.t('export.summary.issues'),
    text:
      report.issues.length === 0
        ? lang.t('format.none')
        : [
            errors > 0 ? counted(lang, 'error', errors) : '',
            warnings > 0 ? counted(lang, 'warning', warnings) : '',
          ]
            .filter((t) => t !== '')
            .join(lang.t('export.pdf.listSeparator')),
  });
  return cells;
}

/** Lays out the picture of `plan` (whose `layout` and `report` the caller has). */
export function planScene(
  plan: Plan,
  layout: PlanLayout,
  report: Report,
  options: SceneOptions,
): Scene {
  const all = nodeRects(layout);
  const selection = options.selection && options.selection.size > 0 ? options.selection : null;
  const rects = selection ? selectedRects(all, selection) : all;
  const bounds = planBounds(rects);
  const names = new Map(plan.nodes.map((n) => [n.id, n.name]));
  const title = (options.title ?? '').trim();
  const date = (options.date ?? '').trim();
  const legend = options.legend === true;
  const lang = options.lang ?? ENGLISH;
  const summary =
    options.figures === true ? summaryCells(report, (id) => names.get(id) ?? id, lang) : [];
  const decorated = title !== '' || date !== '' || legend || summary.length > 0;
  const contentWidth = Math.max(bounds.width, decorated ? MIN_DECORATED_WIDTH : 0);
  const summaryColumns = Math.max(1, Math.floor(contentWidth / SUMMARY_CELL));
  const header = title !== '' || date !== '' ? HEADER : 0;
  const footer =
    (legend ? LEGEND : 0) +
    (summary.length > 0 ? Math.ceil(summary.length / summaryColumns) * SUMMARY_ROW + 14 : 0);
  const width = contentWidth + 2 * EXPORT_MARGIN;
  const height = header + bounds.height + footer + 2 * EXPORT_MARGIN;
  return {
    frame: pixelFrame(width, height, options.scale ?? 1, options.maxSide ?? MAX_IMAGE_SIDE),
    width,
    height,
    rects,
    links: linkCurves(plan.links, rects),
    bounds,
    diagramAt: { x: EXPORT_MARGIN + (contentWidth - bounds.width) / 2, y: EXPORT_MARGIN + header },
    title,
    date,
    legend,
    summary,
    summaryColumns,
    palette: options.palette,
    font: options.font ?? EXPORT_FONT,
    report,
    limits: { cpu: plan.settings.cpuOvercommitLimit, ram: plan.settings.ramOvercommitLimit },
    lang,
  };
}

const LEGEND_KINDS: readonly NodeKind[] = ['site', 'server', 'hypervisor', 'vm', 'runtime', 'container'];

function drawHeader(ctx: DrawContext, scene: Scene): void {
  const { palette: p, font } = scene;
  const baseline = EXPORT_MARGIN + 24;
  const right = scene.width - EXPORT_MARGIN;
  let dateWidth = 0;
  if (scene.date !== '') {
    ctx.font = `12px ${font}`;
    dateWidth = ctx.measureText(scene.date).width;
    ctx.fillStyle = p.muted;
    ctx.fillText(scene.date, right - dateWidth, baseline);
  }
  if (scene.title !== '') {
    ctx.font = `600 22px ${font}`;
    ctx.fillStyle = p.text;
    const room = right - EXPORT_MARGIN - (dateWidth > 0 ? dateWidth + 24 : 0);
    ctx.fillText(fitText(ctx, scene.title, room), EXPORT_MARGIN, baseline);
  }
}

function drawLegend(ctx: DrawContext, scene: Scene, top: number): void {
  const { palette: p, font } = scene;
  const baseline = top + 20;
  let x = EXPORT_MARGIN;
  ctx.font = `11px ${font}`;
  for (const kind of LEGEND_KINDS) {
    const label = scene.lang.t(`kind.${kind}`);
    ctx.fillStyle = p.kinds[kind];
    ctx.beginPath();
    ctx.roundRect(x, baseline - 9, 10, 10, 2.5);
    ctx.fill();
    ctx.fillStyle = p.text;
    ctx.fillText(label, x + 15, baseline);
    x += 15 + ctx.measureText(label).width + 18;
  }
  // A link sample: the arrow points at what the workload depends on.
  ctx.strokeStyle = p.link;
  ctx.lineWidth = 1.8;
  ctx.beginPath();
  ctx.moveTo(x, baseline - 4);
  ctx.lineTo(x + 26, baseline - 4);
  ctx.stroke();
  ctx.fillStyle = p.link;
  ctx.beginPath();
  ctx.moveTo(x + 34, baseline - 4);
  ctx.lineTo(x + 25, baseline - 9);
  ctx.lineTo(x + 25, baseline + 1);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = p.text;
  ctx.fillText(scene.lang.t('export.legend.dependsOn'), x + 40, baseline);
}

function drawSummary(ctx: DrawContext, scene: Scene, top: number): void {
  const { palette: p, font } = scene;
  const cell = (scene.width - 2 * EXPORT_MARGIN) / scene.summaryColumns;
  ctx.strokeStyle = p.cardBorder;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(EXPORT_MARGIN, top + 2);
  ctx.lineTo(scene.width - EXPORT_MARGIN, top + 2);
  ctx.stroke();
  scene.summary.forEach((item, i) => {
    const x = EXPORT_MARGIN + (i % scene.summaryColumns) * cell;
    const y = top + 14 + Math.floor(i / scene.summaryColumns) * SUMMARY_ROW + 12;
    ctx.font = `600 11px ${font}`;
    ctx.fillStyle = p.muted;
    const label = fitText(ctx, item.label, cell * 0.45);
    ctx.fillText(label, x, y);
    const labelWidth = ctx.measureText(label).width;
    ctx.font = `11px ${font}`;
    ctx.fillStyle = p.text;
    ctx.fillText(fitText(ctx, item.text, cell - labelWidth - 16), x + labelWidth + 8, y);
  });
}

/** Paints the scene on a context whose surface is `scene.frame.width` × `height` pixels. */
export function drawScene(ctx: DrawContext, scene: Scene): void {
  const { frame, palette } = scene;
  const s = frame.scale;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (!palette.transparent) {
    ctx.fillStyle = palette.background;
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
  ctx.textBaseline = 'alphabetic';
  ctx.setTransform(s, 0, 0, s, 0, 0);
  if (scene.title !== '' || scene.date !== '') drawHeader(ctx, scene);
  let footerTop = scene.diagramAt.y + scene.bounds.height + 12;
  if (scene.legend) {
    drawLegend(ctx, scene, footerTop);
    footerTop += LEGEND;
  }
  if (scene.summary.length > 0) drawSummary(ctx, scene, footerTop);
  ctx.setTransform(
    s,
    0,
    0,
    s,
    (scene.diagramAt.x - scene.bounds.x) * s,
    (scene.diagramAt.y - scene.bounds.y) * s,
  );
  drawDiagram(ctx, {
    rects: scene.rects,
    links: scene.links,
    palette,
    hosts: new Map(scene.report.consolidation.hosts.map((h) => [h.id, h])),
    limits: scene.limits,
    font: scene.font,
    lang: scene.lang,
  });
}
