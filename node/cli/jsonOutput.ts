/** The `--json` objects of SPEC §7, built key by key so that nothing beyond the spec leaks out. */
import type { FailureResult, Report } from '../../shared/metrics/types';
import type { Issue } from '../../shared/validate/issue';

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
