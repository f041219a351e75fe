/**
 * The PDF backend of the drawing: a DrawContext that draws on a pdf-lib page as vectors, names as
 * real text. Scene units map onto a box of the page (`left`, `top` in points, `k` points per
 * pixel of the scene); PDF's y axis points up, the scene's down.
 */
import { LineCapStyle, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { fontSize, isBold } from '../draw/context';
import { parseColor } from '../draw/palette';
import { VectorContext } from '../draw/vectorContext';
import { drawTextIn, drawableText } from './pdfText';

export interface PdfFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

const colours = new Map<string, RGB | undefined>();

function colour(css: string): RGB | undefined {
  if (colours.has(css)) return colours.get(css);
  const c = parseColor(css);
  const value = c ? rgb(c[0] / 255, c[1] / 255, c[2] / 255) : undefined;
  colours.set(css, value);
  return value;
}

export class PdfContext extends VectorContext {
  constructor(
    private readonly page: PDFPage,
    private readonly fonts: PdfFonts,
    private readonly box: { readonly left: number; readonly top: number; readonly k: number },
  ) {
    super();
  }

  /** Points per user unit, and where the user origin lands on the page. */
  private placement(): { x: number; y: number; scale: number } {
    const [a, , e, f] = this.transform;
    const { left, top, k } = this.box;
    return { x: left + e * k, y: top - f * k, scale: a * k };
  }

  fill(): void {
    const color = colour(String(this.fillStyle));
    if (this.path.empty || !color) return;
    this.page.drawSvgPath(this.path.toString(), { ...this.placement(), color });
  }

  stroke(): void {
    const borderColor = colour(String(this.strokeStyle));
    if (this.path.empty || !borderColor) return;
    const at = this.placement();
    this.page.drawSvgPath(this.path.toString(), {
      ...at,
      borderColor,
      borderWidth: this.lineWidth * at.scale,
      borderLineCap: LineCapStyle.Round,
      ...(this.dash.length > 0 ? { borderDashArray: this.dash.map((d) => d * at.scale) } : {}),
    });
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    const color = colour(String(this.fillStyle));
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
    return isBold(this.font) ? this.fonts.bold : this.fonts.regular;
  }

  fillText(text: string, x: number, y: number): void {
    const color = colour(String(this.fillStyle));
    if (text === '' || !color) return;
    const at = this.placement();
    const font = this.fontFor();
    drawTextIn(this.page, font, drawableText(font, text), {
      x: at.x + x * at.scale,
      y: at.y - y * at.scale,
      size: fontSize(this.font) * at.scale,
      color,
    });
  }

  measureText(text: string): { readonly width: number } {
    const font = this.fontFor();
    return { width: font.widthOfTextAtSize(drawableText(font, text), fontSize(this.font)) };
  }
}
