/**
 * The report's fonts. pdf-lib's standard fonts (Helvetica) encode WinAnsi only, so a plan whose
 * text holds other characters (Chinese names) is drawn in a font that has them, when the caller
 * supplies one: a font engine (fontkit) and the font's bytes, embedded as a subset (only the
 * glyphs used). Without one — or for a character the font lacks — the text gets a deliberate
 * replacement (pdfText.ts), never a crash, and stays text either way.
 */
import { StandardFonts, type PDFDocument } from 'pdf-lib';
import type { PdfFonts } from './pdfContext';

/** pdf-lib's view of a font engine: `fontkit` 2.x, or `@pdf-lib/fontkit`. */
export type FontEngine = Parameters<PDFDocument['registerFontkit']>[0];

export interface PdfFontSource {
  readonly fontkit: FontEngine;
  /** One TrueType or OpenType font (not a collection), e.g. Noto Sans SC Regular. */
  readonly regular: Uint8Array;
  /** Its bold face; the regular one draws bold text when absent. */
  readonly bold?: Uint8Array;
}

/** Whether `text` holds a character the standard fonts cannot draw (nor close ASCII stands for). */
export function needsWideFont(standard: ReadonlySet<number>, text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80 && !standard.has(code)) return true;
  }
  return false;
}

/**
 * Helvetica for a plan the standard fonts can print; the supplied font when the plan's text
 * needs it (CJK and other wide scripts: below U+2E80 the replacements of pdfText.ts suffice).
 */
export async function reportFonts(
  doc: PDFDocument,
  planText: string,
  source: PdfFontSource | null | undefined,
): Promise<PdfFonts> {
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const standard = {
    regular,
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  if (!source || !needsWideFont(new Set(regular.getCharacterSet()), planText)) return standard;
  doc.registerFontkit(source.fontkit);
  const wide = await doc.embedFont(source.regular, { subset: true });
  return {
    regular: wide,
    bold: source.bold ? await doc.embedFont(source.bold, { subset: true }) : wide,
  };
}
