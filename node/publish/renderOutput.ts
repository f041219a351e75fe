/**
 * Every output `strata export` writes, as bytes or text: the plan itself (current format), a
 * PNG or SVG picture with the plan embedded, the PDF planning report, or Strata CSV. One module so the CLI
 * (and any Node caller) makes each output the same way.
 */
import type { Comparison } from '../../shared/diff/comparison';
import type { Lang } from '../../shared/i18n/lang';
import type { ExportTheme } from '../../shared/draw/palette';
import { builtInPalette } from '../../shared/draw/palette';
import { planScene } from '../../shared/draw/scene';
import { renderSvg } from '../../shared/draw/svgPlan';
import { layoutPlan } from '../../shared/layout/planLayout';
import { serializePlan } from '../../shared/load/serialize';
import { buildReport } from '../../shared/metrics/report';
import type { Plan } from '../../shared/model/plan';
import { planToCsv } from '../../shared/import/strataCsv';
import { embedPlanInPng } from '../../shared/png/pngText';
import type { Paper } from '../../shared/publish/pdfPages';
import { renderPdfReport } from '../../shared/publish/pdfReport';
import { canvasMeasure, scenePng } from './nodeCanvas';
import { loadReportFont } from './pdfFont';


export const OUTPUT_FORMATS = ['strata', 'json', 'png', 'svg', 'pdf', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export interface OutputOptions {
  readonly format: OutputFormat;
  /** PNG pixels per canvas unit. */
  readonly scale: number;
  readonly theme: ExportTheme;
  readonly paper: Paper;
  /** Without title, date, legend and figures: the diagram alone. */
  readonly bare: boolean;
  /** As printed on the picture and the report. */
  readonly date: string;
  /** The PDF report's comparison pages (none for the other formats). */
  readonly comparisons?: readonly Comparison[];
  /** The language of every printed word (English by default). */
  readonly lang?: Lang;
}

export async function renderOutput(
  plan: Plan,
  options: OutputOptions,
): Promise<string | Uint8Array> {
  if (options.format === 'csv') return planToCsv(plan);
  const json = serializePlan(plan);
  if (options.format === 'strata' || options.format === 'json') return json;
  const layout = layoutPlan(plan);
  const report = buildReport(plan);
  if (options.format === 'pdf') {
    return renderPdfReport(plan, layout, report, {
      paper: options.paper,
      date: options.date,
      // Read only when the report's text needs it (Chinese names, a zh-CN report).
      font: async () => {
        const font = await loadReportFont();
        return font.ok ? font.source : null;
      },
      comparisons: options.comparisons ?? [],
      ...(options.lang ? { lang: options.lang } : {}),
    });
  }
  const decorated = !options.bare;
  const scene = planScene(plan, layout, report, {
    palette: builtInPalette(options.theme),
    scale: options.scale,
    title: decorated ? plan.name : null,
    date: decorated ? options.date : null,
    legend: decorated,
    figures: decorated,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  if (options.format === 'svg') return renderSvg(scene, json, await canvasMeasure());
  return embedPlanInPng(await scenePng(scene), json);
}
