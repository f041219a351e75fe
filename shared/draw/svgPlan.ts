/**
 * The SVG export and its way back: the scene drawn by the SVG backend, with the plan as plain
 * JSON text inside `<metadata>` (keyed by Strata's MIME type, like the PNG's text chunk), and the
 * reader that takes the plan out of such a file. The reader scans the text once and never
 * builds more than the plan's own size.
 */
import type { MessageParams } from '../i18n/lang';
import { message, type Message } from '../i18n/message';
import { MAX_FILE_BYTES } from '../model/plan';
import { STRATA_PNG_KEYWORD } from '../png/pngText';
import type { MeasureText } from './context';
import { drawScene, type Scene } from './scene';
import { SvgContext, escapeXml } from './svgContext';

export const STRATA_SVG_VERSION = 1;

/** A refusal carries the English `reason` and the same as a catalog message (`svg.*`). */
export type SvgPlanResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string; readonly said: Message };

export const SVG_REASONS = {
  notSvg: 'not an SVG file',
  noPlan: 'this SVG was not exported by Strata (it holds no plan)',
  newer: 'the plan inside this SVG was made by a newer version of Strata',
  tooBig: `the plan inside this SVG is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MiB`,
  cutShort: 'the plan inside this SVG is cut short',
  badReference: 'the plan inside this SVG is damaged (an unknown character reference)',
} as const;

function refuse(code: keyof typeof SVG_REASONS): SvgPlanResult {
  const params: MessageParams = code === 'tooBig' ? { max: MAX_FILE_BYTES / (1024 * 1024) } : {};
  return { ok: false, reason: SVG_REASONS[code], said: message(`svg.${code}`, params) };
}

/** The scene as an SVG document carrying `planJson` (vector; one unit is one canvas unit). */
export function renderSvg(scene: Scene, planJson: string, measure?: MeasureText): string {
  const ctx = new SvgContext(measure);
  // The vector drawing is at scale 1; the scene's pixel scale only sizes the PNG.
  drawScene(ctx, {
    ...scene,
    frame: { ...scene.frame, scale: 1, width: scene.width, height: scene.height },
  });
  const w = Math.ceil(scene.width);
  const h = Math.ceil(scene.height);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<title>${escapeXml(scene.title || scene.lang.t('export.svg.untitled'), false)}</title>`,
    `<metadata id="strata-plan" data-type="${STRATA_PNG_KEYWORD}" data-version="${STRATA_SVG_VERSION}">${escapeXml(planJson, false)}</metadata>`,
    ctx.markup(),
    '</svg>',
    '',
  ].join('\n');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescapeXml(text: string): string | null {
  let bad = false;
  const out = text.replace(
    /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,30});/g,
    (_, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        if (code > 0x10ffff) {
          bad = true;
          return '';
        }
        return String.fromCodePoint(code);
      }
      const value = ENTITIES[name];
      if (value === undefined) bad = true;
      return value ?? '';
    },
  );
  return bad ? null : out;
}

/** Whether the text looks like an SVG document (an `<svg` element near its start). */
export function looksLikeSvg(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

/** The plan JSON text inside an SVG exported by Strata, or the reason it cannot be had. */
export function extractPlanFromSvg(text: string): SvgPlanResult {
  if (!looksLikeSvg(text)) return refuse('notSvg');
  let from = 0;
  for (;;) {
    const start = text.indexOf('<metadata', from);
    if (start < 0) return refuse('noPlan');
    const tagEnd = text.indexOf('>', start);
    if (tagEnd < 0) return refuse('noPlan');
    const tag = text.slice(start, tagEnd + 1);
    from = tagEnd + 1;
    if (!tag.includes(`data-type="${STRATA_PNG_KEYWORD}"`)) continue;
    const version = /data-version="(\d+)"/.exec(tag);
    if (version && Number(version[1]) > STRATA_SVG_VERSION)
      return refuse('newer');
    const close = text.indexOf('</metadata>', from);
    if (close < 0) return refuse('cutShort');
    // Escaped text is longer than the JSON it holds: allow for it before decoding.
    if (close - from > 6 * MAX_FILE_BYTES) return refuse('tooBig');
    let body = text.slice(from, close);
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
    const json = cdata ? (cdata[1] ?? '') : unescapeXml(body);
    body = '';
    if (json === null)
      return refuse('badReference');
    if (json.length > MAX_FILE_BYTES) return refuse('tooBig');
    return { ok: true, text: json };
  }
}
