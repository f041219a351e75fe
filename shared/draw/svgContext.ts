/**
 * The SVG backend of the drawing: a DrawContext that writes SVG elements instead of pixels.
 * Text stays text (`<text>`, selectable and searchable), paths stay vector paths.
 */
import { estimateTextWidth, fontSize, isBold, type MeasureText } from './context';
import { formatCoordinate as num } from './pathText';
import { VectorContext, type Transform } from './vectorContext';

/** Whether a UTF-16 unit may stand in XML 1.0 text (C0 controls but tab and newlines, and U+FFFE/F, may not). */
function xmlUnit(code: number): boolean {
  return code >= 0x20
    ? code !== 0xfffe && code !== 0xffff
    : code === 0x09 || code === 0x0a || code === 0x0d;
}

/** `text` with every character XML cannot hold (and every lone surrogate) replaced by U+FFFD. */
function xmlSafe(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length && clean; i++) {
    const code = text.charCodeAt(i);
    clean = code >= 0x20 ? code < 0xd800 : xmlUnit(code);
  }
  if (clean) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i += 1;
      } else out += '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\ufffd';
    else out += xmlUnit(code) ? text.charAt(i) : '\ufffd';
  }
  return out;
}

/** Text safe inside an XML element (`attribute`: also inside a double-quoted attribute). */
export function escapeXml(text: string, attribute = true): string {
  const escaped = xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;') : escaped;
}

function fontFamily(font: string): string {
  return font.replace(/^\s*(?:(?:bold|normal|\d{3})\s+)?\d+(?:\.\d+)?px\s+/, '').trim();
}

export class SvgContext extends VectorContext {
  private readonly body: string[] = [];
  private openGroup = false;
  private groupTransform: Transform = [1, 1, 0, 0];

  constructor(private readonly measure: MeasureText = estimateTextWidth) {
    super();
  }

  fill(): void {
    if (this.path.empty) return;
    this.emit(`<path d="${this.path.toString()}" fill="${escapeXml(String(this.fillStyle))}"/>`);
  }

  stroke(): void {
    if (this.path.empty) return;
    const dash = this.dash.length > 0 ? ` stroke-dasharray="${this.dash.map(num).join(' ')}"` : '';
    this.emit(
      `<path d="${this.path.toString()}" fill="none" stroke="${escapeXml(String(this.strokeStyle))}" stroke-width="${num(this.lineWidth)}" stroke-linejoin="${escapeXml(this.lineJoin)}"${dash}/>`,
    );
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    this.emit(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${escapeXml(String(this.fillStyle))}"/>`,
    );
  }

  fillText(text: string, x: number, y: number): void {
    if (text === '') return;
    const weight = isBold(this.font) ? ' font-weight="600"' : '';
    const baseline =
      this.textBaseline === 'alphabetic'
        ? ''
        : ` dominant-baseline="${escapeXml(this.textBaseline)}"`;
    this.emit(
      `<text x="${num(x)}" y="${num(y)}" font-size="${num(fontSize(this.font))}"${weight} font-family="${escapeXml(fontFamily(this.font))}" fill="${escapeXml(String(this.fillStyle))}"${baseline}>${escapeXml(text, false)}</text>`,
    );
  }

  measureText(text: string): { readonly width: number } {
    return { width: this.measure(text, this.font) };
  }

  /** The elements drawn so far, as the inside of an `<svg>` element. */
  markup(): string {
    return this.body.join('\n') + (this.openGroup ? '\n</g>' : '');
  }

  private emit(element: string): void {
    const t = this.transform;
    const g = this.groupTransform;
    const same = t[0] === g[0] && t[1] === g[1] && t[2] === g[2] && t[3] === g[3];
    if (!same || (!this.openGroup && !(t[0] === 1 && t[1] === 1 && t[2] === 0 && t[3] === 0))) {
      if (this.openGroup) this.body.push('</g>');
      this.body.push(
        `<g transform="matrix(${num(t[0])} 0 0 ${num(t[1])} ${num(t[2])} ${num(t[3])})">`,
      );
      this.openGroup = true;
      this.groupTransform = t;
    }
    this.body.push(element);
  }
}
