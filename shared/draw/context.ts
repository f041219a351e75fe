/**
 * The part of the Canvas 2D API the plan drawing uses: the browser's context, `@napi-rs/canvas`'s
 * in Node, the SVG writer (svgContext.ts) and the PDF page (shared/publish/pdfContext.ts) all
 * satisfy it, so one drawing makes every export. Style properties are written, never read back.
 */
export interface DrawContext {
  /** A CSS colour (the drawing only ever sets strings). */
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  /** A CSS font shorthand as the drawing writes it: `[weight ]SIZEpx FAMILY`. */
  font: string;
  textBaseline: string;
  lineJoin: string;
  setLineDash(segments: number[]): void;
  /** Only scale and translation are used: (a, 0, 0, d, e, f). */
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  save(): void;
  restore(): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void;
  closePath(): void;
  roundRect(x: number, y: number, width: number, height: number, radius: number): void;
  fill(): void;
  stroke(): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { readonly width: number };
}

/** Measures text in a CSS font (`600 12.5px …`): a real canvas where there is one, else an estimate. */
export type MeasureText = (text: string, font: string) => number;

/** The font size in pixels of a CSS font shorthand (12 when it names none). */
export function fontSize(font: string): number {
  const match = /(\d+(?:\.\d+)?)px/.exec(font);
  return match ? Number(match[1]) : 12;
}

/** The weight of a CSS font shorthand: 600 and above is bold. */
export function isBold(font: string): boolean {
  const match = /^\s*(bold|\d{3})\s/.exec(font);
  return match !== null && (match[1] === 'bold' || Number(match[1]) >= 600);
}

// Advance widths of a Helvetica-like sans serif in 1/1000 em, for ASCII 32–126.
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/**
 * A measurer with no canvas (pure code, tests): Helvetica's widths, 10 % wider in bold, a full em
 * for characters past Latin-1 (CJK is about square).
 */
export const estimateTextWidth: MeasureText = (text, font) => {
  const size = fontSize(font);
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    units += code >= 32 && code <= 126 ? (WIDTHS[code - 32] ?? 556) : code < 0x2e80 ? 600 : 1000;
  }
  return ((units * size) / 1000) * (isBold(font) ? 1.1 : 1);
};
