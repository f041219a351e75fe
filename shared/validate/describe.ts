/** How issue messages name nodes and numbers. */
import { KIND_LABEL, type PlanNode } from '../model/nodes';
import type { Issue, IssueCode, Severity } from './issue';

/** `Server "esx-01"`. */
export function named(nd: PlanNode): string {
  return `${KIND_LABEL[nd.kind]} "${nd.name}"`;
}

/** `server "esx-01"` (mid-sentence; "VM" keeps its capitals). */
export function namedLower(nd: PlanNode): string {
  const label = nd.kind === 'vm' ? 'VM' : KIND_LABEL[nd.kind].toLowerCase();
  return `${label} "${nd.name}"`;
}

/** At most two decimals, no trailing zeros: 12, 0.5, 1.33. */
export function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

export function issue(severity: Severity, code: IssueCode, nodeId: string, message: string): Issue {
  return { severity, code, nodeId, message };
}
