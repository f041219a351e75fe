/** The PNG export: the whole plan drawn on a canvas, encoded, with the plan embedded in it. */
import { serializePlan } from '../../shared/load/serialize';
import type { Plan } from '../../shared/model/plan';
import { embedPlanInPng } from '../../shared/png/pngText';
import type { CanvasDocument } from '../canvas/canvasDocument';
import { readPalette } from './exportPalette';
import type { PngRender } from './fileFlows';
import { drawPlan } from './pngDraw';
import { imageFrame, linkCurves, nodeRects, planBounds, type ImageFrame } from './pngGeometry';

/** The image size a plan exports at (for the export dialog), without drawing it. */
/** The document's layout and figures (cached for the plan on screen). */
type Source = Pick<CanvasDocument, 'canvas' | 'engine'>;

/** The image size a plan exports at (for the export dialog), without drawing it. */
export function exportFrame(doc: Source, plan: Plan, scale: number): ImageFrame {
  return imageFrame(planBounds(nodeRects(doc.canvas.layoutFor(plan))), scale);
}

export async function renderPlanPng(
  doc: Source,
  plan: Plan,
  scale: number,
  theme: 'light' | 'dark',
): Promise<PngRender> {
  const rects = nodeRects(doc.canvas.layoutFor(plan));
  const frame = imageFrame(planBounds(rects), scale);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`this browser cannot draw a ${frame.width} × ${frame.height} px image`);
  const style = getComputedStyle(document.documentElement);
  drawPlan(ctx, {
    rects,
    links: linkCurves(plan.links, rects),
    frame,
    palette: readPalette(theme, (name) => style.getPropertyValue(name)),
    hosts: new Map(doc.engine.reportFor(plan).consolidation.hosts.map((h) => [h.id, h])),
    limits: { cpu: plan.settings.cpuOvercommitLimit, ram: plan.settings.ramOvercommitLimit },
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Let the browser free the pixels now rather than when the element is collected.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error(`the ${frame.width} × ${frame.height} px image could not be encoded`);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { bytes: embedPlanInPng(bytes, serializePlan(plan)), frame };
}
