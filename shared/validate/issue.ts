import type { CatalogKey } from '../i18n/keys';
import type { MessageParams } from '../i18n/lang';

export type Severity = 'error' | 'warning';

/** SPEC §4, one code per row of its table. */
export const ISSUE_CODES = [
  'placement',
  'one-hypervisor',
  'one-runtime',
  'bare-metal-conflict',
  'host-os-required',
  'kernel-mismatch',
  'ram-overcommit',
  'link-endpoint',
  'cpu-overcommit',
  'single-failure-domain',
  'dependency-cycle',
  'ha-insufficient',
  'dr-insufficient',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** The node to fix (for link-endpoint: the end that is not a workload; the `from` end of a self-link). */
  readonly nodeId: string;
  /** What is wrong and what would fix it, in English (the JSON output's language). */
  readonly message: string;
  /** The catalog key of the message: the same text in another language is `t(messageKey, params)`. */
  readonly messageKey: CatalogKey;
  readonly params: MessageParams;
}
