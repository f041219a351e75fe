/**
 * The SVG and the PDF report in the browser, made by the same shared code as `strata export`
 * (shared/draw/svgPlan.ts, shared/publish/pdfReport.ts): the SVG with the plan inside and names
 * measured on the browser's canvas, the PDF with pdf-lib.
 */
import type { MeasureText } from '../../shared/draw/context';
import type { ExportTheme } from '../../shared/draw/palette';
import { renderSvg } from '../../shared/draw/svgPlan';
import { serializePlan } from '../../shared/load/serialize';
import type { Plan } from '../../shared/model/plan';
import type { Paper } from '../../shared/publish/pdfPages';
import type { Comparison } from '../../shared/diff/comparison';
import { renderPdfReport } from '../../shared/publish/pdfReport';
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

export function renderPlanSvg(
  doc: Source,
  plan: Plan,
  theme: ExportTheme,
  options: PictureOptions,
  onScreen = true,
): string {
  const scene = sceneFor(doc, plan, 1, theme, options, onScreen);
  return renderSvg(scene, serializePlan(plan), browserMeasure());
}

export function renderPlanPdf(
  doc: Source,
  plan: Plan,
  paper: Paper,
  date: string,
  comparisons: readonly Comparison[] = [],
): Promise<Uint8Array> {
  const { layout, report } = drawingInputs(doc, plan);
  return renderPdfReport(plan, layout, report, { paper, date, comparisons });
}
