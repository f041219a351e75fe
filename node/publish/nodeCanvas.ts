/**
 * Drawing in Node with `@napi-rs/canvas` (Skia, prebuilt for every platform from the registry, no
 * system libraries; see docs/publishing.md for why over skia-canvas): the PNG of a scene, and text
 * measured in the fonts the PNG is drawn with (the SVG's layout uses it too). The native module
 * is loaded on first use, so commands that draw nothing never load it. The bundled CJK font is
 * registered under CJK_FONT_FAMILY (the last named family of EXPORT_FONT), so Chinese draws with
 * glyphs on a machine that has no CJK font of its own.
 */
import type * as NapiCanvas from '@napi-rs/canvas';
import type { MeasureText } from '../../shared/draw/context';
import { CJK_FONT_FAMILY } from '../../shared/draw/drawPlan';
import { drawScene, type Scene } from '../../shared/draw/scene';
import { BUNDLED_CJK_FONT } from './pdfFont';

type CanvasModule = typeof NapiCanvas;

let canvasModule: Promise<CanvasModule> | null = null;

async function withCjkFont(): Promise<CanvasModule> {
  const canvas = await import('@napi-rs/canvas');
  if (!canvas.GlobalFonts.has(CJK_FONT_FAMILY))
    canvas.GlobalFonts.registerFromPath(BUNDLED_CJK_FONT, CJK_FONT_FAMILY);
  return canvas;
}

export const loadCanvas = (): Promise<CanvasModule> => (canvasModule ??= withCjkFont());

/** A measurer backed by a real canvas (the fonts the PNG uses). */
export async function canvasMeasure(): Promise<MeasureText> {
  const { createCanvas } = await loadCanvas();
  const ctx = createCanvas(1, 1).getContext('2d');
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** The scene as PNG bytes (the plan is embedded by the caller). */
export async function scenePng(scene: Scene): Promise<Uint8Array> {
  const { createCanvas } = await loadCanvas();
  const canvas = createCanvas(scene.frame.width, scene.frame.height);
  drawScene(canvas.getContext('2d'), scene);
  return new Uint8Array(await canvas.encode('png'));
}
