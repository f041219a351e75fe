/** Turning a schema issue's path into the place a person reads: `nodes[3].os.family`. */
import type { z } from 'zod';
import type { Message } from '../i18n/message';
import { englishReason, fromZod, reason } from './loadReasons';

/** `["os", "family"]` → `.os.family`; numbers become `[n]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

/** `["os", "family"]` → `os.family` (a field name, without the leading dot). */
export function formatField(path: readonly PropertyKey[]): string {
  const place = formatPath(path);
  return place.startsWith('.') ? place.slice(1) : place;
}

export interface FirstIssue {
  readonly path: readonly PropertyKey[];
  /** English. */
  readonly reason: string;
  readonly said: Message;
}

/** The first issue of a failed parse: schemas check fields in the order the spec lists them. */
export function firstIssue(error: z.ZodError): FirstIssue {
  const issue = error.issues[0];
  const said = issue ? fromZod(issue.message) : reason('load.notValid');
  return { path: issue?.path ?? [], reason: englishReason(said), said };
}

/** A value shown inside a message: JSON-quoted and cut short when long. */
export function quote(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return JSON.stringify(shown);
}

/** 100000 → "100,000" (locale-independent). */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
