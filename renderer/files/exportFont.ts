/**
 * The bundled CJK font (assets/fonts/NotoSansSC-Strata.otf, docs/publishing.md) in the app: fetched
 * from the build's own assets (allowed by the one CSP: `connect-src 'self'`) only when an export's
 * text needs it — a Chinese name, or the Chinese interface —, then added to the page's fonts for
 * the PNG and the SVG's measurements (under CJK_FONT_FAMILY, the last named family of
 * EXPORT_FONT: the system's own CJK font still comes first) and embedded in the PDF report.
 */
import fontUrl from '../../assets/fonts/NotoSansSC-Strata.otf?url';
import { CJK_FONT_FAMILY } from '../../shared/draw/drawPlan';
import type { Lang } from '../../shared/i18n/lang';
import type { Plan } from '../../shared/model/plan';
import { pdfFontEngine, type PdfFontSupply } from '../../shared/publish/pdfFonts';

/** Text past Latin and its signs (CJK and other wide scripts). */
const WIDE = /[\u2e80-\u{10ffff}]/u;

/** Whether drawing `plan` in `lang` may need the CJK font. */
export function needsCjkFont(plan: Plan, lang: Lang): boolean {
  return lang.locale !== 'en' || WIDE.test(JSON.stringify(plan));
}

let bytes: Promise<Uint8Array<ArrayBuffer>> | null = null;

function fontBytes(): Promise<Uint8Array<ArrayBuffer>> {
  bytes ??= fetch(fontUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${fontUrl}: ${response.status}`);
      return response.arrayBuffer();
    })
    .then((buffer) => new Uint8Array(buffer));
  // A failed fetch is tried again on the next export.
  bytes.catch(() => (bytes = null));
  return bytes;
}

let canvasFont: Promise<boolean> | null = null;

/**
 * Adds the font to the page once, for the canvas (PNG) and the SVG's text widths. False when it
 * cannot be had: the export then draws with the system's fonts, as before.
 */
export function loadCanvasCjkFont(): Promise<boolean> {
  canvasFont ??= fontBytes()
    .then(async (data) => {
      const face = new FontFace(CJK_FONT_FAMILY, data);
      document.fonts.add(await face.load());
      return true;
    })
    .catch(() => {
      canvasFont = null;
      return false;
    });
  return canvasFont;
}

/** The PDF report's CJK font, fetched (with the font engine) only if the report needs it. */
export const pdfCjkFont: PdfFontSupply = async () => {
  try {
    const [fontkit, regular] = await Promise.all([import('fontkit'), fontBytes()]);
    return { fontkit: pdfFontEngine(fontkit), regular };
  } catch {
    return null;
  }
};
