/**
 * Drawing in Node with `@napi-rs/canvas` (Skia, prebuilt for every platform from the registry, no
 * system libraries; see docs/publishing.md for why over skia-canvas): the PNG of a scene, and text
 * measured in the fonts the PNG is drawn with (the SVG's layout uses it too).
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { MeasureText } from '../../shared/draw/context';
import { drawScene, type Scene } from '../../shared/draw/scene';

let measuring: SKRSContext2D | null = null;

export const measureWithCanvas: MeasureText = (text, font) => {
  measuring ??= createCanvas(1, 1).getContext('2d');
  measuring.font = font;
  return measuring.measureText(text).width;
};

/** The scene as PNG bytes (the plan is embedded by the caller). */
export async function scenePng(scene: Scene): Promise<Uint8Array> {
  const canvas = createCanvas(scene.frame.width, scene.frame.height);
  drawScene(canvas.getContext('2d'), scene);
  return new Uint8Array(await canvas.encode('png'));
}
