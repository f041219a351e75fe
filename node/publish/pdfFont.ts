/**
 * The CJK font of the exports on the command line: the one Strata bundles
 * (assets/fonts/NotoSansSC-Strata.otf, docs/publishing.md), or another TrueType/OpenType file named
 * by `STRATA_PDF_FONT`; the PDF report embeds it through the font engine (`fontkit`) and the PNG
 * registers it with the canvas. Loaded only when a picture or report needs it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  pdfFontEngine,
  type FontEngine,
  type Fontkit2,
  type PdfFontSource,
} from '../../shared/publish/pdfFonts';

/** Two folders up from node/publish/ (the sources) and from dist/cli/ (the built command line). */
export const BUNDLED_CJK_FONT = fileURLToPath(
  new URL('../../assets/fonts/NotoSansSC-Strata.otf', import.meta.url),
);

export type ReportFont =
  | { readonly ok: true; readonly source: PdfFontSource }
  | { readonly ok: false; readonly reason: string };

/** The font engine, adapted to pdf-lib (a name in a variable: loaded only when a report needs it). */
async function loadFontEngine(): Promise<FontEngine | null> {
  const name = 'fontkit';
  try {
    const loaded = (await import(name)) as { default?: Fontkit2 } & Fontkit2;
    return pdfFontEngine(typeof loaded.create === 'function' ? loaded : (loaded.default ?? loaded));
  } catch {
    return null;
  }
}

export async function loadReportFont(
  env: Readonly<Record<string, string | undefined>> = process.env,
  engine: () => Promise<FontEngine | null> = loadFontEngine,
): Promise<ReportFont> {
  const path = env.STRATA_PDF_FONT || BUNDLED_CJK_FONT;
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
