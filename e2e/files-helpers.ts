/** Helpers for the file-flow specs (e2e/files-*.spec.ts): downloads, the file input, the PNG. */
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { layoutPlan } from '../shared/layout/planLayout';
import { loadPlan } from '../shared/load/loadPlan';
import { serializePlan } from '../shared/load/serialize';
import type { Plan } from '../shared/model/plan';
import { card } from './support/app';

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Runs `trigger` and returns the file it downloads. */
export async function downloadFrom(
  page: Page,
  trigger: () => Promise<unknown>,
): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Chooses File ▸ <item> in the toolbar. */
export async function fileMenu(page: Page, actionId: string): Promise<void> {
  await page.getByTestId('file-menu-button').click();
  await page.getByTestId(`action-${actionId}`).click();
}

/** Gives a file to the app's file input, as choosing it in the Open dialog does. */
export async function chooseFile(page: Page, name: string, bytes: Buffer | string): Promise<void> {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const mimeType = name.endsWith('.png') ? 'image/png' : 'application/json';
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
}

export async function planJson(page: Page): Promise<string> {
  return page.evaluate(() => window.__strataTest?.getPlanJson() ?? '');
}

/** The canvas's view as React Flow applies it (the viewport element's transform). */
export async function canvasView(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform);
  if (!m) throw new Error(`unexpected viewport transform: ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

/** Views equal to a hundredth of a pixel (the transform's CSS text rounds them). */
export function expectSameView(
  actual: { x: number; y: number; zoom: number } | undefined,
  expected: { x: number; y: number; zoom: number },
): void {
  expect(actual?.x).toBeCloseTo(expected.x, 1);
  expect(actual?.y).toBeCloseTo(expected.y, 1);
  expect(actual?.zoom).toBeCloseTo(expected.zoom, 4);
}

/**
 * A saved or exported file's text is the plan on screen with the view it was seen at: checks the
 * view is there (the canvas's, when `view` is given) and returns the text without it.
 */
export function planOfFile(text: string, view?: { x: number; y: number; zoom: number }): string {
  const { view: saved, ...plan } = planInFile(text);
  expect(saved?.zoom).toBeGreaterThan(0);
  if (view) expectSameView(saved, view);
  return serializePlan(plan);
}

/** The plan a file (of any version) opens on: the canvas's plan when it was written. */
export function planInFile(text: string): Plan {
  const loaded = loadPlan(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.plan;
}

/** Changes a VM's RAM in the inspector: one real edit, one undo step. */
export async function editRam(page: Page, vmId: string, value: string): Promise<void> {
  await card(page, vmId).click();
  await expect(page.getByTestId('inspector-node')).toHaveAttribute('data-node-id', vmId);
  const ram = page.getByTestId('field-ramGiB');
  await ram.fill(value);
  await ram.press('Enter');
  await expect(page.getByTestId('plan-name')).toContainText('•');
}

export async function expectClean(page: Page): Promise<void> {
  await expect(page.getByTestId('plan-name')).not.toContainText('•');
}

/** Width and height from the PNG's IHDR chunk (bytes 16–23). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The export's margin around the plan, in canvas units (shared/draw/geometry.ts). */
export const MARGIN = 40;

export interface CanvasRect {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every node's rectangle from the canvas's own layout, and their bounds, computed here in Node. */
export function planGeometry(plan: Plan): {
  rects: CanvasRect[];
  minX: number;
  minY: number;
  width: number;
  height: number;
} {
  const layout = layoutPlan(plan);
  const rects: CanvasRect[] = [];
  for (const node of plan.nodes) {
    const at = layout.absolute.get(node.id);
    const box = layout.boxes.get(node.id);
    if (!at || !box) throw new Error(`${node.id} is not laid out`);
    rects.push({ id: node.id, x: at.x, y: at.y, width: box.width, height: box.height });
  }
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const width = Math.max(...rects.map((r) => r.x + r.width)) - minX;
  const height = Math.max(...rects.map((r) => r.y + r.height)) - minY;
  return { rects, minX, minY, width, height };
}

/** RGBA at image pixels, decoded by the browser from the PNG bytes. */
export async function pixelsAt(
  page: Page,
  png: Buffer,
  points: readonly { x: number; y: number }[],
): Promise<number[][]> {
  return page.evaluate(
    async ({ base64, points }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D context');
      ctx.drawImage(bitmap, 0, 0);
      return points.map((p) => [...ctx.getImageData(Math.floor(p.x), Math.floor(p.y), 1, 1).data]);
    },
    { base64: png.toString('base64'), points },
  );
}
