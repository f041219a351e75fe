/**
 * Drawing in Node with `@napi-rs/canvas` (Skia, prebuilt for every platform from the registry, no
 * system libraries; see docs/publishing.md for why over skia-canvas): the PNG of a scene, and text
 * measured in the fonts the PNG is drawn with (the SVG's layout uses it too). The native module
 * is loaded on first use, so commands that draw nothing never load it.
 */
import type * as NapiCanvas from '@napi-rs/canvas';
import type { MeasureText } from '../../shared/draw/context';
import { drawScene, type Scene } from '../../shared/draw/scene';

type CanvasModule = typeof NapiCanvas;

let canvasModule: Promise<CanvasModule> | null = null;
const loadCanvas = (): Promise<CanvasModule> => (canvasModule ??= import('@napi-rs/canvas'));

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
