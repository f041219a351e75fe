/** What the human summary adds to the report: node names, and what the worst failures take down. */
import { simulateFailure, toFailureResult } from '../../shared/metrics/failure';
import type { FailureResult, Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';
import { rankFailures } from '../../shared/metrics/failureRanking';
import { nodeLabels } from './labels';
import type { NodeLabels } from './labels';

export interface ReportDetails {
  readonly labels: NodeLabels;
  /** The failure result of the worst failure the summary shows (the only one it names workloads for). */
  readonly failures: ReadonlyMap<string, FailureResult>;
}

export function reportDetails(plan: Plan, report: Report): ReportDetails {
  const failures = new Map<string, FailureResult>();
  // One simulation only: on a plan of 100,000 nodes each costs about as much as a tenth of the report.
  for (const entry of rankFailures(report.blastRadius.nodes, 1)) {
    const outcome = simulateFailure(plan, entry.id);
    if (outcome !== null) failures.set(entry.id, toFailureResult(outcome));
  }
  return { labels: nodeLabels(plan), failures };
}
