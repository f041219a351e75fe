/** Helpers to read issues in tests. */
import type { Plan } from '../model';
import type { Issue, IssueCode } from '../validate/issue';
import { validatePlan } from '../validate/validatePlan';

/** [nodeId, severity] of each issue of one code. */
export function issuesOf(p: Plan, code: IssueCode): [string, string][] {
  return validatePlan(p)
    .filter((i) => i.code === code)
    .map((i) => [i.nodeId, i.severity]);
}

export function messagesOf(p: Plan, code: IssueCode): string[] {
  return validatePlan(p)
    .filter((i: Issue) => i.code === code)
    .map((i) => i.message);
}
