/** How an issue is made: its English message comes from the catalog, its key and params travel with it. */
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type MessageParams } from '../i18n/lang';
import type { Issue, IssueCode, Severity } from './issue';

/** At most two decimals, no trailing zeros: 12, 0.5, 1.33. */
export function num(x: number): number {
  return Math.round(x * 100) / 100;
}

export function issue(
  severity: Severity,
  code: IssueCode,
  nodeId: string,
  messageKey: CatalogKey,
  params: MessageParams,
): Issue {
  return { severity, code, nodeId, message: ENGLISH.t(messageKey, params), messageKey, params };
}
