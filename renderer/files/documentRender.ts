/**
 * The SVG and the PDF report in the browser, made by the same shared code as `strata export`
 * (shared/draw/svgPlan.ts, shared/publish/pdfReport.ts): the SVG with the plan inside and names
 * measured on the browser's canvas, the PDF with pdf-lib; words in the editor's language, Chinese
 * with the bundled CJK font where the system has none (exportFont.ts).
 */
import type { MeasureText } from '../../shared/draw/context';
import type { ExportTheme } from '../../shared/draw/palette';
import { renderSvg } from '../../shared/draw/svgPlan';
import { serializePlan } from '../../shared/load/serialize';
import type { Plan } from '../../shared/model/plan';
import type { Paper } from '../../shared/publish/pdfPages';
import type { Comparison } from '../../shared/diff/comparison';
import type { Lang } from '../../shared/i18n/lang';
import { renderPdfReport } from '../../shared/publish/pdfReport';
import { loadCanvasCjkFont, needsCjkFont, pdfCjkFont } from './exportFont';
import { drawingInputs, sceneFor, type PictureOptions } from './pngRender';

type Source = Parameters<typeof drawingInputs>[0];

/** Text widths from the browser's canvas (the fonts a viewer of the SVG most likely has). */
function browserMeasure(): MeasureText | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

export async function renderPlanSvg(
  doc: Source,
  plan: Plan,
  theme: ExportTheme,
  options: PictureOptions,
  onScreen = true,
): Promise<string> {
  // Chinese is measured in the font the PNG draws it with (or the system's own CJK font).
  if (options.lang && needsCjkFont(plan, options.lang)) await loadCanvasCjkFont();
  const scene = sceneFor(doc, plan, 1, theme, options, onScreen);
  return renderSvg(scene, serializePlan(plan), browserMeasure());
}

export function renderPlanPdf(
  doc: Source,
  plan: Plan,
  paper: Paper,
  date: string,
  comparisons: readonly Comparison[] = [],
  lang?: Lang,
): Promise<Uint8Array> {
  const { layout, report } = drawingInputs(doc, plan);
  // The font is fetched only when the report's text needs it (pdfFonts.ts decides).
  return renderPdfReport(plan, layout, report, {
    paper,
    date,
    comparisons,
    font: pdfCjkFont,
    ...(lang ? { lang } : {}),
  });
}
