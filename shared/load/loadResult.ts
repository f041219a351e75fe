import type { Plan } from '../model/plan';
import type { ScenarioSet } from '../model/scenarios';

/** Where a file is wrong (`nodes[3].ramGiB`, `file`) and why; `message` is `place: reason`. */
export interface LoadError {
  readonly place: string;
  readonly reason: string;
  readonly message: string;
}

export type LoadResult =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly error: LoadError };

export function loadError(place: string, reason: string): LoadError {
  return { place, reason, message: `${place}: ${reason}` };
}

export function loadFailure(
  place: string,
  reason: string,
): { readonly ok: false; readonly error: LoadError } {
  return { ok: false, error: loadError(place, reason) };
}

/** An intermediate step's answer: a value, or the error that rejects the whole file. */
export type Step<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LoadError };

export { isRecord } from './fields';

/** What `loadDocument` answers: every scenario of the file, or the error that rejects it whole. */
export type DocumentResult =
  | { readonly ok: true; readonly document: ScenarioSet }
  | { readonly ok: false; readonly error: LoadError };
