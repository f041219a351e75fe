/**
 * What every edit returns: the new plan with the ids it made, moved or removed, or a refusal with
 * the reason a person reads (naming the field when there is one). The plan given is never changed.
 */
import type { Plan } from '../model/plan';

export type EditResult =
  | { readonly ok: true; readonly plan: Plan; readonly ids: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly field?: string };

/** The refusal as a person reads it, naming the field when there is one. */
export function refusalText(result: { readonly reason: string; readonly field?: string }): string {
  return result.field === undefined ? result.reason : `${result.field}: ${result.reason}`;
}

/** A placement answer as a sentence (the rules start it with "a VM …"). */
export function sentence(reason: string): string {
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

export function refused(reason: string, field?: string): EditResult {
  return field === undefined ? { ok: false, reason } : { ok: false, reason, field };
}

export function done(plan: Plan, ids: readonly string[] = []): EditResult {
  return { ok: true, plan, ids };
}
