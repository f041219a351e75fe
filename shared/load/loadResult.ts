import type { Lang } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import type { Plan } from '../model/plan';
import { englishReason } from './loadReasons';
import type { ScenarioSet } from '../model/scenarios';

/** Where a file is wrong (`nodes[3].ramGiB`, `file`) and why; `message` is `place: reason` (English). */
export interface LoadError {
  readonly place: string;
  readonly reason: string;
  readonly message: string;
  /** The reason as a catalog message (`load.*`), for a reader of another language. */
  readonly said: Message;
}

export type LoadResult =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly error: LoadError };

/** A reason given as English text only (not yet a code) is carried as `load.other`. */
export function loadError(place: string, why: Message | string): LoadError {
  const said = typeof why === 'string' ? message('load.other', { detail: why }) : why;
  const reason = englishReason(said);
  return { place, reason, message: `${place}: ${reason}`, said };
}

export function loadFailure(
  place: string,
  why: Message | string,
): { readonly ok: false; readonly error: LoadError } {
  return { ok: false, error: loadError(place, why) };
}

/** `nodes[3].ramGiB: must be a positive number`, in the reader's language. */
export function loadErrorText(error: LoadError, lang: Lang): string {
  return lang.t('load.inside', { place: error.place, reason: formatMessage(lang, error.said) });
}

/** The reason alone, in the reader's language. */
export function loadReasonText(error: LoadError, lang: Lang): string {
  return formatMessage(lang, error.said);
}

/** An intermediate step's answer: a value, or the error that rejects the whole file. */
export type Step<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LoadError };

export { isRecord } from './fields';

/** What `loadDocument` answers: every scenario of the file, or the error that rejects it whole. */
export type DocumentResult =
  | { readonly ok: true; readonly document: ScenarioSet }
  | { readonly ok: false; readonly error: LoadError };
