/** How an issue is made: its English message comes from the catalog, its key and params travel with it. */
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type MessageParams } from '../i18n/lang';
import type { Issue, IssueCode, Severity } from './issue';

/** At most two decimals, no trailing zeros: 12, 0.5, 1.33. */
export function num(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Messages made before, by key and params: a report after an edit mostly repeats the issues of the
 * one before, and the catalog lookup with interpolation is most of an issue's cost. Bounded; the
 * text of a key and params never changes (English, one fixed catalog).
 */
const messages = new Map<string, string>();
const MAX_MESSAGES = 50_000;

/** Numbers and strings tagged apart, every number exact (NaN, ±Infinity and -0 included). */
function tagged(_key: string, value: unknown): unknown {
  if (typeof value === 'number') return `#${Object.is(value, -0) ? '-0' : String(value)}`;
  if (typeof value === 'string') return `$${value}`;
  return value;
}

function message(messageKey: CatalogKey, params: MessageParams): string {
  const key = `${messageKey}\u0000${JSON.stringify(params, tagged)}`;
  let text = messages.get(key);
  if (text === undefined) {
    text = ENGLISH.t(messageKey, params);
    if (messages.size >= MAX_MESSAGES) messages.clear();
    messages.set(key, text);
  }
  return text;
}

export function issue(
  severity: Severity,
  code: IssueCode,
  nodeId: string,
  messageKey: CatalogKey,
  params: MessageParams,
): Issue {
  return { severity, code, nodeId, message: message(messageKey, params), messageKey, params };
}
