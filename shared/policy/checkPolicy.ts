/** Checks one plan against a policy: each rule the policy names, in the order of RULES. */
import { buildReport } from '../metrics/report';
import type { Report } from '../metrics/types';
import type { Plan } from '../model/plan';
import { RULE_NAMES, RULES, type Policy, type RuleName, type RuleOutcome } from './rules';

export interface RuleResult extends RuleOutcome {
  readonly rule: RuleName;
  /** The policy's value for the rule. */
  readonly limit: NonNullable<Policy[RuleName]>;
}

export function checkPolicy(
  policy: Policy,
  plan: Plan,
  report: Report = buildReport(plan),
): RuleResult[] {
  const results: RuleResult[] = [];
  for (const rule of RULE_NAMES) {
    const limit = policy[rule];
    if (limit === undefined) continue;
    // Each rule's limit has the type its own check takes (parsePolicy read it by the rule's kind).
    const check = RULES[rule].check as (
      limit: unknown,
      figures: { plan: Plan; report: Report },
    ) => RuleOutcome;
    results.push({ rule, limit, ...check(limit, { plan, report }) });
  }
  return results;
}

export function policyPassed(results: readonly RuleResult[]): boolean {
  return results.every((r) => r.pass);
}
