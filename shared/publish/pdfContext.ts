/**
 * The PDF backend of the drawing: a DrawContext that draws on a pdf-lib page as vectors, names as
 * real text. Scene units map onto a box of the page (`left`, `top` in points, `k` points per
 * pixel of the scene); PDF's y axis points up, the scene's down.
 */
import { LineCapStyle, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { DrawContext } from '../draw/context';
import { fontSize, isBold } from '../draw/context';
import { parseColor } from '../draw/palette';
import { PathText } from '../draw/pathText';
import { drawableText } from './pdfText';

export interface PdfFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

interface State {
  fill: string;
  stroke: string;
  lineWidth: number;
  font: string;
  dash: number[];
  /** Scale and translation: (a, d, e, f). */
  transform: readonly [number, number, number, number];
}

function colour(css: string): RGB | undefined {
  const c = parseColor(css);
  return c ? rgb(c[0] / 255, c[1] / 255, c[2] / 255) : undefined;
}

export class PdfContext implements DrawContext {
  private state: State = {
    fill: '#000000',
    stroke: '#000000',
    lineWidth: 1,
    font: '10px sans-serif',
    dash: [],
    transform: [1, 1, 0, 0],
  };
  private readonly stack: State[] = [];
  private readonly path = new PathText();
  textBaseline = 'alphabetic';
  lineJoin = 'round';

  constructor(
    private readonly page: PDFPage,
    private readonly fonts: PdfFonts,
    private readonly box: { readonly left: number; readonly top: number; readonly k: number },
  ) {}

  set fillStyle(value: unknown) {
    this.state.fill = String(value);
  }
  get fillStyle(): unknown {
    return this.state.fill;
  }
  set strokeStyle(value: unknown) {
    this.state.stroke = String(value);
  }
  get strokeStyle(): unknown {
    return this.state.stroke;
  }
  set lineWidth(value: number) {
    this.state.lineWidth = value;
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set font(value: string) {
    this.state.font = value;
  }
  get font(): string {
    return this.state.font;
  }

  setLineDash(segments: number[]): void {
    this.state.dash = [...segments];
  }
  setTransform(a: number, _b: number, _c: number, d: number, e: number, f: number): void {
    this.state.transform = [a, d, e, f];
  }
  save(): void {
    this.stack.push({ ...this.state, dash: [...this.state.dash] });
  }
  restore(): void {
    const state = this.stack.pop();
    if (state) this.state = state;
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

  /** Points per user unit, and where the user origin lands on the page. */
  private placement(): { x: number; y: number; scale: number } {
    const [a, , e, f] = this.state.transform;
    const { left, top, k } = this.box;
    return { x: left + e * k, y: top - f * k, scale: a * k };
  }

  fill(): void {
    const color = colour(this.state.fill);
    if (this.path.empty || !color) return;
    this.page.drawSvgPath(this.path.toString(), { ...this.placement(), color });
  }

  stroke(): void {
    const borderColor = colour(this.state.stroke);
    if (this.path.empty || !borderColor) return;
    const at = this.placement();
    this.page.drawSvgPath(this.path.toString(), {
      ...at,
      borderColor,
      borderWidth: this.state.lineWidth * at.scale,
      borderLineCap: LineCapStyle.Round,
      ...(this.state.dash.length > 0
        ? { borderDashArray: this.state.dash.map((d) => d * at.scale) }
        : {}),
    });
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    const color = colour(this.state.fill);
    if (!color) return;
    const at = this.placement();
    this.page.drawRectangle({
      x: at.x + x * at.scale,
      y: at.y - (y + height) * at.scale,
      width: width * at.scale,
      height: height * at.scale,
      color,
    });
  }

  private fontFor(): PDFFont {
    return isBold(this.state.font) ? this.fonts.bold : this.fonts.regular;
  }

  fillText(text: string, x: number, y: number): void {
    const color = colour(this.state.fill);
    if (text === '' || !color) return;
    const at = this.placement();
    const font = this.fontFor();
    this.page.drawText(drawableText(font, text), {
      x: at.x + x * at.scale,
      y: at.y - y * at.scale,
      size: fontSize(this.state.font) * at.scale,
      font,
      color,
    });
  }

  measureText(text: string): { readonly width: number } {
    const font = this.fontFor();
    return { width: font.widthOfTextAtSize(drawableText(font, text), fontSize(this.state.font)) };
  }
}
