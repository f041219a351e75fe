/**
 * Text in the report's fonts: a character the font cannot draw — beyond WinAnsi for the standard
 * fonts, or missing from a supplied CJK font (pdfFonts.ts) — is written as a close ASCII sign or
 * `?`, deliberately (docs/publishing.md), never as a missing glyph or an error.
 */
import type { PDFFont, PDFPage, PDFPageDrawTextOptions } from 'pdf-lib';

const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u221e': 'inf',
  '\u00a0': ' ',
};

const supported = new WeakMap<PDFFont, ReadonlySet<number>>();

/** `text` with every character the font cannot encode replaced. */
export function drawableText(font: PDFFont, text: string): string {
  let set = supported.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    supported.set(font, set);
  }
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (set.has(code)) out += char;
    else if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else out += SUBSTITUTES[char] ?? '?';
  }
  return out;
}

const pageFont = new WeakMap<PDFPage, PDFFont>();

/**
 * `page.drawText` in `font`. pdf-lib adds a font resource with a fresh name each time a font is
 * passed to drawText (a dictionary that grows with every line, and a quadratic slowdown on big
 * plans): the font is set on the page only when it changes.
 */
export function drawTextIn(
  page: PDFPage,
  font: PDFFont,
  text: string,
  options: Omit<PDFPageDrawTextOptions, 'font'>,
): void {
  if (pageFont.get(page) !== font) {
    page.setFont(font);
    pageFont.set(page, font);
  }
  page.drawText(text, options);
}
