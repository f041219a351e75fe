/** Every issue of SPEC §4, sorted by (nodeId, code, message). */
import type { Plan } from '../model/plan';
import { buildPlanIndex, compareStrings, type PlanIndex } from '../model/planIndex';
import { computeDr } from '../metrics/dr';
import { FailureEngine } from '../metrics/failureEngine';
import { analyseHa, type HaAnalysis } from '../metrics/ha';
import { findSingleFailureDomains, type SingleFailureDomain } from '../metrics/singleFailureDomain';
import type { Dr } from '../metrics/types';
import { capacityIssues, capacityIssuesAfter } from './capacityRules';
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
  return sortedIssues(issueParts(ix, inputs));
}

/** The issues of each group of rules, before they are merged and sorted. */
export interface IssueParts {
  readonly structure: readonly Issue[];
  readonly capacity: readonly Issue[];
  readonly links: readonly Issue[];
  readonly domains: readonly Issue[];
  readonly cycles: readonly Issue[];
  readonly ha: readonly Issue[];
  readonly dr: readonly Issue[];
}

/**
 * After an edit of sizes alone on the same tree (see planIndexDerive.ts), the rules that read no
 * size keep their issues, and the capacity rules look again only at the `resized` servers and VMs.
 */
export interface IssueReuse {
  readonly previous: IssueParts;
  readonly resized: readonly number[];
}

/**
 * @param moved the issues before an edit that only gave VMs other parents (see
 *   metrics/moveScope.ts): the workloads, services and links are as they were, so the link and
 *   cycle issues are too.
 */
export function issueParts(
  ix: PlanIndex,
  inputs: ValidationInputs,
  reuse: IssueReuse | null = null,
  moved: IssueParts | null = null,
): IssueParts {
  return {
    structure: reuse ? reuse.previous.structure : structureIssues(ix),
    capacity: reuse
      ? capacityIssuesAfter(ix, reuse.previous.capacity, reuse.resized)
      : capacityIssues(ix),
    links: reuse ? reuse.previous.links : moved ? moved.links : linkIssues(ix),
    domains: reuse ? reuse.previous.domains : singleFailureDomainIssues(ix, inputs.domains),
    cycles: moved ? moved.cycles : dependencyCycleIssues(ix),
    ha: haIssues(ix, inputs.ha),
    dr: drIssues(ix, inputs.dr),
  };
}

/** Every issue of the parts, sorted by (nodeId, code, message). */
export function sortedIssues(parts: IssueParts): Issue[] {
  const issues = [
    ...parts.structure,
    ...parts.capacity,
    ...parts.links,
    ...parts.domains,
    ...parts.cycles,
    ...parts.ha,
    ...parts.dr,
  ];
  return issues.sort(
    (a, b) =>
      compareStrings(a.nodeId, b.nodeId) ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}
