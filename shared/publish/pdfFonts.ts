/**
 * The report's fonts. pdf-lib's standard fonts (Helvetica) encode WinAnsi only, so a report whose
 * text holds other characters (Chinese names, or every word of a zh-CN report) is drawn in the
 * CJK font Strata bundles (assets/fonts, docs/publishing.md), embedded as a subset (only the glyphs
 * used). A character that font lacks gets a deliberate replacement (pdfText.ts), never a crash.
 */
import { StandardFonts, type PDFDocument } from 'pdf-lib';
import type { PdfFonts } from './pdfContext';

/** pdf-lib's view of a font engine (what `registerFontkit` takes). */
export type FontEngine = Parameters<PDFDocument['registerFontkit']>[0];

export interface PdfFontSource {
  readonly fontkit: FontEngine;
  /** One TrueType or OpenType font (not a collection), e.g. Noto Sans SC Regular. */
  readonly regular: Uint8Array;
  /** Its bold face; the regular one draws bold text when absent. */
  readonly bold?: Uint8Array;
}

/** A font, or how to get one when the report turns out to need it (a file read, a fetch). */
export type PdfFontSupply = PdfFontSource | (() => Promise<PdfFontSource | null>);

/** What Strata uses of `fontkit` 2.x (the module itself). */
export interface Fontkit2 {
  create(data: Uint8Array, postscriptName?: string): unknown;
}

interface Subset {
  encode?: () => Uint8Array;
  encodeStream?: () => unknown;
}

type Handler = (value?: unknown) => void;

/**
 * pdf-lib 1.17 reads a subset through `encodeStream()` (the API of its own old fork,
 * `@pdf-lib/fontkit`); fontkit 2 — whose CFF subsetting works on CJK fonts — has `encode()`. The
 * stream is a tiny emitter that hands over the encoded bytes once pdf-lib listens.
 */
function streamOf(subset: Required<Pick<Subset, 'encode'>>): unknown {
  const handlers: Record<string, Handler[]> = { data: [], end: [], error: [] };
  queueMicrotask(() => {
    try {
      const bytes = subset.encode();
      for (const h of handlers.data ?? []) h(bytes);
      for (const h of handlers.end ?? []) h();
    } catch (error) {
      for (const h of handlers.error ?? []) h(error);
    }
  });
  const stream = {
    on(event: string, handler: Handler) {
      handlers[event]?.push(handler);
      return stream;
    },
  };
  return stream;
}

/** fontkit 2 as pdf-lib's font engine. */
export function pdfFontEngine(fontkit: Fontkit2): FontEngine {
  return {
    create(data: Uint8Array, postscriptName?: string) {
      const font = fontkit.create(data, postscriptName) as { createSubset(): Subset };
      const createSubset = font.createSubset.bind(font);
      font.createSubset = () => {
        const subset = createSubset();
        const encode = subset.encode?.bind(subset);
        if (!subset.encodeStream && encode) subset.encodeStream = () => streamOf({ encode });
        return subset;
      };
      return font;
    },
  } as unknown as FontEngine;
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
 * Helvetica for a report the standard fonts can print; the supplied font when its text needs it
 * (`text`: the plan's and the report's own words; below U+2E80 the replacements of pdfText.ts
 * suffice). Bold text takes the regular CJK face when no bold one is given (headings stay apart
 * by their size).
 */
export async function reportFonts(
  doc: PDFDocument,
  text: string,
  supply: PdfFontSupply | null | undefined,
): Promise<PdfFonts> {
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const standard = {
    regular,
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  if (!supply || !needsWideFont(new Set(regular.getCharacterSet()), text)) return standard;
  const source = typeof supply === 'function' ? await supply() : supply;
  if (!source) return standard;
  doc.registerFontkit(source.fontkit);
  const wide = await doc.embedFont(source.regular, { subset: true });
  return {
    regular: wide,
    bold: source.bold ? await doc.embedFont(source.bold, { subset: true }) : wide,
  };
}
