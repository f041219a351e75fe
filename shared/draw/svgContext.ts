/**
 * The SVG backend of the drawing: a DrawContext that writes SVG elements instead of pixels.
 * Text stays text (`<text>`, selectable and searchable), paths stay vector paths.
 */
import { estimateTextWidth, fontSize, isBold, type DrawContext, type MeasureText } from './context';
import { PathText, formatCoordinate as num } from './pathText';

interface State {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  font: string;
  textBaseline: string;
  lineJoin: string;
  dash: number[];
  transform: readonly [number, number, number, number];
}

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

export class SvgContext implements DrawContext {
  private state: State = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    font: '10px sans-serif',
    textBaseline: 'alphabetic',
    lineJoin: 'miter',
    dash: [],
    transform: [1, 1, 0, 0],
  };
  private readonly stack: State[] = [];
  private readonly path = new PathText();
  private readonly body: string[] = [];
  private openGroup = false;
  private groupTransform: State['transform'] = [1, 1, 0, 0];

  constructor(private readonly measure: MeasureText = estimateTextWidth) {}

  set fillStyle(value: unknown) {
    this.state.fillStyle = String(value);
  }
  get fillStyle(): unknown {
    return this.state.fillStyle;
  }
  set strokeStyle(value: unknown) {
    this.state.strokeStyle = String(value);
  }
  get strokeStyle(): unknown {
    return this.state.strokeStyle;
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
  set textBaseline(value: string) {
    this.state.textBaseline = value;
  }
  get textBaseline(): string {
    return this.state.textBaseline;
  }
  set lineJoin(value: string) {
    this.state.lineJoin = value;
  }
  get lineJoin(): string {
    return this.state.lineJoin;
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

  fill(): void {
    if (this.path.empty) return;
    this.emit(`<path d="${this.path.toString()}" fill="${escapeXml(this.state.fillStyle)}"/>`);
  }

  stroke(): void {
    if (this.path.empty) return;
    const s = this.state;
    const dash = s.dash.length > 0 ? ` stroke-dasharray="${s.dash.map(num).join(' ')}"` : '';
    this.emit(
      `<path d="${this.path.toString()}" fill="none" stroke="${escapeXml(s.strokeStyle)}" stroke-width="${num(s.lineWidth)}" stroke-linejoin="${escapeXml(s.lineJoin)}"${dash}/>`,
    );
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    this.emit(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${escapeXml(this.state.fillStyle)}"/>`,
    );
  }

  fillText(text: string, x: number, y: number): void {
    if (text === '') return;
    const s = this.state;
    const weight = isBold(s.font) ? ' font-weight="600"' : '';
    const baseline =
      s.textBaseline === 'alphabetic' ? '' : ` dominant-baseline="${escapeXml(s.textBaseline)}"`;
    this.emit(
      `<text x="${num(x)}" y="${num(y)}" font-size="${num(fontSize(s.font))}"${weight} font-family="${escapeXml(fontFamily(s.font))}" fill="${escapeXml(s.fillStyle)}"${baseline}>${escapeXml(text, false)}</text>`,
    );
  }

  measureText(text: string): { readonly width: number } {
    return { width: this.measure(text, this.state.font) };
  }

  /** The elements drawn so far, as the inside of an `<svg>` element. */
  markup(): string {
    return this.body.join('\n') + (this.openGroup ? '\n</g>' : '');
  }

  private emit(element: string): void {
    const t = this.state.transform;
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
