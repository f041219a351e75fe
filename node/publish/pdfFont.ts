/**
 * The font the PDF report uses for text Helvetica cannot draw (Chinese names): a font engine
 * (`fontkit`) and one TrueType/OpenType font file — `STRATA_PDF_FONT` names it (e.g. a Noto Sans
 * SC .ttf or .otf). Neither is a dependency yet (docs/publishing.md): without them the report
 * prints such characters as `?`, and says nothing is wrong. Loaded only when the plan needs it.
 */
import { readFile } from 'node:fs/promises';
import type { FontEngine, PdfFontSource } from '../../shared/publish/pdfFonts';

export type ReportFont =
  | { readonly ok: true; readonly source: PdfFontSource }
  | { readonly ok: false; readonly reason: string };

/** The font engine, when installed (a name in a variable: it is optional, not bundled). */
async function loadFontEngine(): Promise<FontEngine | null> {
  const name = 'fontkit';
  try {
    const loaded = (await import(name)) as { default?: FontEngine } & FontEngine;
    return loaded.default ?? loaded;
  } catch {
    return null;
  }
}

export async function loadReportFont(
  env: Readonly<Record<string, string | undefined>> = process.env,
  engine: () => Promise<FontEngine | null> = loadFontEngine,
): Promise<ReportFont> {
  const path = env.STRATA_PDF_FONT;
  if (!path) return { ok: false, reason: 'no font for wide characters (STRATA_PDF_FONT is not set)' };
  if (!/\.(ttf|otf)$/i.test(path))
    return { ok: false, reason: `${path}: a .ttf or .otf font is needed (not a collection)` };
  const fontkit = await engine();
  if (!fontkit) return { ok: false, reason: 'the font engine (fontkit) is not installed' };
  try {
    return { ok: true, source: { fontkit, regular: new Uint8Array(await readFile(path)) } };
  } catch {
    return { ok: false, reason: `${path}: the font cannot be read` };
  }
}
