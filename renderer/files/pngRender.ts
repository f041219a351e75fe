/**
 * The PNG export in the browser: the shared scene (shared/draw) painted on a canvas element in the
 * theme's own colours, encoded, with the plan embedded in it.
 */
import { builtInPalette, readPalette, type ExportTheme } from '../../shared/draw/palette';
import { drawScene, planScene, type Scene, type SceneFrame, type SceneOptions } from '../../shared/draw/scene';
import { layoutPlan, type PlanLayout } from '../../shared/layout/planLayout';
import { serializePlan } from '../../shared/load/serialize';
import { buildReport } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';
import { embedPlanInPng } from '../../shared/png/pngText';
import type { CanvasDocument } from '../canvas/canvasDocument';
import { getPlan } from '../store/editorStores';
import type { PngRender } from './fileFlows';
import type { PictureChoices } from './filesStore';
import { loadCanvasCjkFont, needsCjkFont } from './exportFont';
import type { Lang } from '../../shared/i18n/lang';

/** The document's layout and figures (cached for the plan on screen). */
type Source = Pick<CanvasDocument, 'canvas' | 'engine' | 'plan'>;

/**
 * The layout and figures of `plan`: the document's cached ones for the plan on screen; computed
 * afresh for another plan (the selection's), which must not displace the canvas's caches.
 */
export function drawingInputs(doc: Source, plan: Plan): { layout: PlanLayout; report: Report } {
  return plan === getPlan(doc)
    ? { layout: doc.canvas.layoutFor(plan), report: doc.engine.reportFor(plan) }
    : { layout: layoutPlan(plan), report: buildReport(plan) };
}

export type PictureOptions = Omit<SceneOptions, 'palette' | 'scale'>;

/** Today as `2026-12-07`, printed on a picture that shows the date. */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The dialog's choices as the scene's options (words in `lang`, English without one). */
export function pictureOptions(plan: Plan, choices: PictureChoices, lang?: Lang): PictureOptions {
  return {
    ...(lang ? { lang } : {}),
    title: choices.title ? plan.name : null,
    date: choices.date ? today() : null,
    legend: choices.legend,
    figures: choices.figures,
  };
}

/** The picture of `plan`, in the theme's colours as the stylesheet has them (built in otherwise). */
export function sceneFor(
  doc: Source,
  plan: Plan,
  scale: number,
  theme: ExportTheme,
  options: PictureOptions = {},
  /** Read the colours from the stylesheet (the theme on screen); else the built-in ones. */
  onScreen = true,
): Scene {
  const style =
    !onScreen || typeof document === 'undefined'
      ? null
      : getComputedStyle(document.documentElement);
  const palette = style
    ? readPalette(theme, (name) => style.getPropertyValue(name))
    : builtInPalette(theme);
  const { layout, report } = drawingInputs(doc, plan);
  return planScene(plan, layout, report, {
    ...options,
    palette,
    scale,
  });
}

/** The image size a plan exports at (for the export dialog), without drawing it. */
export function exportFrame(
  doc: Source,
  plan: Plan,
  scale: number,
  options: PictureOptions = {},
): SceneFrame {
  const { layout, report } = drawingInputs(doc, plan);
  return planScene(plan, layout, report, {
    ...options,
    palette: builtInPalette('light'),
    scale,
  }).frame;
}

export async function renderPlanPng(
  doc: Source,
  plan: Plan,
  scale: number,
  theme: ExportTheme,
  options: PictureOptions = {},
  onScreen = true,
): Promise<PngRender> {
  if (options.lang && needsCjkFont(plan, options.lang)) await loadCanvasCjkFont();
  const scene = sceneFor(doc, plan, scale, theme, options, onScreen);
  const { frame } = scene;
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`this browser cannot draw a ${frame.width} × ${frame.height} px image`);
  drawScene(ctx, scene);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Let the browser free the pixels now rather than when the element is collected.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error(`the ${frame.width} × ${frame.height} px image could not be encoded`);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { bytes: embedPlanInPng(bytes, serializePlan(plan)), frame };
}
