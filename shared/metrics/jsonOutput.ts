/**
 * The JSON documents of SPEC §7 (`strata report|fail|validate --json`, and the app's report
 * export), built key by key so that nothing beyond the spec leaks out.
 */
import type { Plan } from '../model/plan';
import type { Issue } from '../validate/issue';
import { buildReport } from './report';
import type { FailureResult, Report } from './types';

export function reportJson(report: Report): Report {
  const { plan, consolidation, patching, blastRadius, security, ha, dr, issues } = report;
  return { plan, consolidation, patching, blastRadius, security, ha, dr, issues };
}

export function failureJson(result: FailureResult): FailureResult {
  const { nodeId, down, lostWorkloads, recoveredWorkloads, servicesDown, servicesDegraded } =
    result;
  return { nodeId, down, lostWorkloads, recoveredWorkloads, servicesDown, servicesDegraded };
}

export function validationJson(issues: readonly Issue[]): { issues: readonly Issue[] } {
  return { issues };
}

/** 2-space indented, newline-terminated. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Exactly what `strata report FILE --json` prints for this plan. */
export function reportJsonText(plan: Plan): string {
  return toJsonText(reportJson(buildReport(plan)));
}
