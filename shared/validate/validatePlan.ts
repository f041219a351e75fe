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
  /** The secondary sites sorted by id, when known (see metrics/dr.ts, DrBasis). */
  readonly secondarySites?: Int32Array | undefined;
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

/** The issues before an edit that only gave VMs other hypervisors (see metrics/moveScope.ts). */
export interface IssuesBeforeMove {
  readonly previous: IssueParts;
  /** The servers whose demand the move changed (the moved VMs' old and new ones). */
  readonly servers: readonly number[];
}

/**
 * @param moved after a move of VMs between hypervisors: the workloads, services and links are as
 *   they were, so the link and cycle issues are too; every node's parent kind, its siblings' kinds
 *   and its kernel owner too, so the structure issues are; only the servers the VMs left and joined
 *   may change their capacity issues.
 */
export function issueParts(
  ix: PlanIndex,
  inputs: ValidationInputs,
  reuse: IssueReuse | null = null,
  moved: IssuesBeforeMove | null = null,
): IssueParts {
  return {
    structure: reuse ? reuse.previous.structure : moved ? moved.previous.structure : structureIssues(ix),
    capacity: reuse
      ? capacityIssuesAfter(ix, reuse.previous.capacity, reuse.resized)
      : moved
        ? capacityIssuesAfter(ix, moved.previous.capacity, moved.servers)
        : capacityIssues(ix),
    links: reuse ? reuse.previous.links : moved ? moved.previous.links : linkIssues(ix),
    domains: reuse ? reuse.previous.domains : singleFailureDomainIssues(ix, inputs.domains),
    cycles: moved ? moved.previous.cycles : dependencyCycleIssues(ix),
    ha: haIssues(ix, inputs.ha),
    dr: drIssues(ix, inputs.dr, inputs.secondarySites),
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
