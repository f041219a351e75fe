/** Every issue of SPEC §4, sorted by (nodeId, code, message). */
import type { Plan } from '../model/plan';
import { buildPlanIndex, compareStrings, type PlanIndex } from '../model/planIndex';
import { computeDr } from '../metrics/dr';
import { FailureEngine } from '../metrics/failureEngine';
import { analyseHa, type HaAnalysis } from '../metrics/ha';
import { findSingleFailureDomains, type SingleFailureDomain } from '../metrics/singleFailureDomain';
import type { Dr } from '../metrics/types';
import { capacityIssues } from './capacityRules';
import type { Issue } from './issue';
import { drIssues, haIssues } from './resilienceRules';
import { dependencyCycleIssues, linkIssues, singleFailureDomainIssues } from './serviceRules';
import { structureIssues } from './structureRules';

/** The figures some rules read; the report computes them once and passes them in. */
export interface ValidationInputs {
  readonly ha: HaAnalysis;
  readonly dr: Dr | null;
  readonly domains: readonly SingleFailureDomain[];
}

export function validatePlan(plan: Plan): Issue[] {
  const ix = buildPlanIndex(plan);
  return validateIndex(ix, {
    ha: analyseHa(ix, new FailureEngine(ix)),
    dr: computeDr(ix),
    domains: findSingleFailureDomains(ix),
  });
}

export function validateIndex(ix: PlanIndex, inputs: ValidationInputs): Issue[] {
  const issues = [
    ...structureIssues(ix),
    ...capacityIssues(ix),
    ...linkIssues(ix),
    ...singleFailureDomainIssues(ix, inputs.domains),
    ...dependencyCycleIssues(ix),
    ...haIssues(ix, inputs.ha),
    ...drIssues(ix, inputs.dr),
  ];
  return issues.sort(
    (a, b) =>
      compareStrings(a.nodeId, b.nodeId) ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}
