/**
 * The plan text inside any file Strata opens: a PNG's text chunk, an SVG's `<metadata>`, or (for
 * `.strata` and `.json`) no embedding at all. The kind comes from the content first, so a Strata
 * PNG renamed to `.strata` still opens; the name decides only for plain text.
 */
import { message, type Message } from '../i18n/message';
import type { LoadError } from './loadResult';
import { strFromU8 } from 'fflate';
import { extractPlanFromSvg, looksLikeSvg } from '../draw/svgPlan';
import { planFileKind, type PlanFileKind } from '../model/planFiles';
import { hasPngSignature } from '../png/chunks';
import { extractPlanFromPng } from '../png/pngText';

export type EmbeddedPlan =
  | { readonly ok: true; readonly kind: 'png' | 'svg'; readonly text: string }
  | {
      readonly ok: false;
      readonly kind: 'png' | 'svg';
      readonly reason: string;
      /** The PNG or SVG reader's refusal as a catalog message. */
      readonly said: Message;
    };

/** The kind of a file by its first bytes, else by its name. */
export function sniffPlanFileKind(fileName: string, bytes: Uint8Array): PlanFileKind {
  if (hasPngSignature(bytes)) return 'png';
  const byName = planFileKind(fileName);
  if (byName === 'svg') return 'svg';
  // JSON starts with `{`; an SVG with `<` (after a byte-order mark or blanks).
  const head = strFromU8(bytes.subarray(0, 512));
  if (/^\ufeff?\s*</.test(head) && looksLikeSvg(strFromU8(bytes.subarray(0, 4096)))) return 'svg';
  return byName === 'png' ? 'png' : byName;
}

/** For a PNG or SVG, the plan inside it (or why not); null for a plain plan file. */
export function embeddedPlanText(fileName: string, bytes: Uint8Array): EmbeddedPlan | null {
  const kind = sniffPlanFileKind(fileName, bytes);
  if (kind === 'png') {
    const result = extractPlanFromPng(bytes);
    return result.ok
      ? { ok: true, kind, text: result.text }
      : { ok: false, kind, reason: result.reason, said: result.said };
  }
  if (kind === 'svg') {
    const result = extractPlanFromSvg(strFromU8(bytes));
    return result.ok
      ? { ok: true, kind, text: result.text }
      : { ok: false, kind, reason: result.reason, said: result.said };
  }
  return null;
}

/** `the plan inside this PNG is invalid: …` */
export function invalidEmbedded(kind: 'png' | 'svg', message: string): string {
  return `the plan inside this ${kind.toUpperCase()} is invalid: ${message}`;
}

/** The same as a catalog message: the loader's place and its reason, nested by key. */
export function invalidEmbeddedMessage(kind: 'png' | 'svg', error: LoadError): Message {
  return message('embedded.invalid', {
    ...error.said.params,
    kind: kind.toUpperCase(),
    place: error.place,
    reasonKey: error.said.key,
  });
}
