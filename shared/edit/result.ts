/**
 * What every edit returns: the new plan with the ids it made, moved or removed, or a refusal: its
 * code and parameters (the catalog key is `refusal.<code>`), the English reason, and the field it
 * names when there is one. The plan given is never changed.
 */
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type Lang, type MessageParams } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import type { Plan } from '../model/plan';

/** Every refusal an edit or a placement answer can give (tests/i18nCatalogs.test.ts checks each has a message). */
export const REFUSAL_CODES = [
  'not-on-canvas',
  'no-such-parent',
  'into-itself',
  'wrong-parent',
  'one-hypervisor',
  'one-runtime',
  'nothing-to-duplicate',
  'nothing-to-delete',
  'link-needs-two-nodes',
  'link-to-itself',
  'link-not-workload',
  'link-exists',
  'no-node-to-move',
  'no-such-node',
  'parent-on-canvas',
  'name-empty',
  'field-invalid',
  'nothing-to-nudge',
  'nudge-top-level-only',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly refusal: Message;
  /** In English. */
  readonly reason: string;
  readonly field?: string;
}

export type EditResult = { readonly ok: true; readonly plan: Plan; readonly ids: readonly string[] } | Refusal;

/** The refusal as a person reads it (in `lang`, English by default), naming the field when there is one. */
export function refusalText(
  result: { readonly reason: string; readonly field?: string; readonly refusal?: Message },
  lang: Lang = ENGLISH,
): string {
  const reason = result.refusal ? formatMessage(lang, result.refusal) : result.reason;
  return result.field === undefined ? reason : `${result.field}: ${reason}`;
}

export function refused(code: RefusalCode, params: MessageParams = {}, field?: string): Refusal {
  const refusal = message(`refusal.${code}` as CatalogKey, params);
  const reason = ENGLISH.t(refusal.key, refusal.params);
  return field === undefined ? { ok: false, code, refusal, reason } : { ok: false, code, refusal, reason, field };
}

/** A placement answer passed on as the edit's refusal. */
export function refusedBy(answer: { readonly code: RefusalCode; readonly refusal: Message; readonly reason: string }): Refusal {
  return { ok: false, code: answer.code, refusal: answer.refusal, reason: answer.reason };
}

/** A placement answer as a sentence (the rules start it with "a VM …"). */
export function sentence(reason: string): string {
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

export function done(plan: Plan, ids: readonly string[] = []): EditResult {
  return { ok: true, plan, ids };
}
