/**
 * What the vector backends (SVG, PDF) share: the drawing state with save/restore, and the current
 * path kept as SVG path data. A backend writes only fill, stroke, fillRect, fillText and measureText.
 */
import type { DrawContext } from './context';
import { PathText } from './pathText';

/** Scale and translation, (a, d, e, f) of `setTransform(a, 0, 0, d, e, f)`. */
export type Transform = readonly [number, number, number, number];

interface Saved {
  readonly fillStyle: unknown;
  readonly strokeStyle: unknown;
  readonly lineWidth: number;
  readonly font: string;
  readonly textBaseline: string;
  readonly lineJoin: string;
  readonly dash: readonly number[];
  readonly transform: Transform;
}

export abstract class VectorContext implements DrawContext {
  fillStyle: unknown = '#000000';
  strokeStyle: unknown = '#000000';
  lineWidth = 1;
  font = '10px sans-serif';
  textBaseline = 'alphabetic';
  lineJoin = 'miter';
  protected dash: readonly number[] = [];
  protected transform: Transform = [1, 1, 0, 0];
  protected readonly path = new PathText();
  private readonly stack: Saved[] = [];

  setLineDash(segments: number[]): void {
    this.dash = [...segments];
  }
  setTransform(a: number, _b: number, _c: number, d: number, e: number, f: number): void {
    this.transform = [a, d, e, f];
  }
  save(): void {
    const { fillStyle, strokeStyle, lineWidth, font, textBaseline, lineJoin, dash, transform } =
      this;
    this.stack.push({
      fillStyle,
      strokeStyle,
      lineWidth,
      font,
      textBaseline,
      lineJoin,
      dash,
      transform,
    });
  }
  restore(): void {
    const saved = this.stack.pop();
    if (saved) Object.assign(this, saved);
  }
  beginPath(): void {
    this.path.clear();
  }
  moveTo(x: number, y: number): void {
    this.path.moveTo(x, y);
  }
  lineTo(x: number, y: number): void {
    this.path.lineTo(x, y);
  }
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    this.path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
  }
  closePath(): void {
    this.path.closePath();
  }
  roundRect(x: number, y: number, width: number, height: number, radius: number): void {
    this.path.roundRect(x, y, width, height, radius);
  }

  abstract fill(): void;
  abstract stroke(): void;
  abstract fillRect(x: number, y: number, width: number, height: number): void;
  abstract fillText(text: string, x: number, y: number): void;
  abstract measureText(text: string): { readonly width: number };
}
