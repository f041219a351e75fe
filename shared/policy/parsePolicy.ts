/**
 * A policy file (`strata check --policy P.json`): one flat JSON object keyed by rule name
 * (./rules.ts). Refused whole, naming the key, when a key is not a rule or a value has the wrong
 * type; a policy that names no rule is refused too (it would pass anything).
 */
import { quote } from '../load/issuePlace';
import { loadFailure, type LoadError, type Step } from '../load/loadResult';
import { parsePlanText } from '../load/parseText';
import { ISSUE_CODES, type IssueCode } from '../validate/issue';
import { RULE_NAMES, RULES, type Policy, type RuleName, type RuleValueKind } from './rules';

export type PolicyResult =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly error: LoadError };

/** The text of a policy file: JSON first (the same size limit and words as a plan file). */
export function parsePolicyText(text: string): PolicyResult {
  const parsed = parsePlanText(text);
  return parsed.ok ? parsePolicy(parsed.value) : parsed;
}

export function parsePolicy(value: unknown): PolicyResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return loadFailure('policy', 'must be one JSON object keyed by rule name');
  const entries = Object.entries(value);
  if (entries.length === 0)
    return loadFailure('policy', `names no rule; the rules are ${RULE_NAMES.join(', ')}`);
  const policy: Record<string, unknown> = {};
  for (const [key, raw] of entries) {
    if (!isRuleName(key))
      return loadFailure(key, `unknown rule; the rules are ${RULE_NAMES.join(', ')}`);
    const read = readValue(RULES[key].kind, raw, key);
    if (!read.ok) return read;
    policy[key] = read.value;
  }
  return { ok: true, policy: policy as Policy };
}

function isRuleName(key: string): key is RuleName {
  return Object.hasOwn(RULES, key);
}

const EXPECTED: Readonly<Record<RuleValueKind, string>> = {
  count: 'must be a whole number ≥ 0',
  number: 'must be a number ≥ 0',
  fraction: 'must be a number > 0 (a share: 0.8 is 80%)',
  boolean: 'must be true or false',
  codes: 'must be an array of issue codes',
};

function readValue(kind: RuleValueKind, value: unknown, key: string): Step<unknown> {
  const wrong = loadFailure(key, EXPECTED[kind]);
  switch (kind) {
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? { ok: true, value }
        : wrong;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? { ok: true, value }
        : wrong;
    case 'fraction':
      return typeof value === 'number' && Number.isFinite(value) && value > 0
        ? { ok: true, value }
        : wrong;
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : wrong;
    case 'codes':
      return Array.isArray(value) ? readCodes(value as readonly unknown[], key) : wrong;
  }
}

function readCodes(values: readonly unknown[], key: string): Step<readonly IssueCode[]> {
  const codes: IssueCode[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const code = values[i];
    if (!(ISSUE_CODES as readonly unknown[]).includes(code)) {
      const what =
        typeof code === 'string' ? `unknown issue code ${quote(code)}` : 'must be an issue code';
      return loadFailure(`${key}[${i}]`, `${what}; expected one of ${ISSUE_CODES.join(', ')}`);
    }
    codes.push(code as IssueCode);
  }
  return { ok: true, value: codes };
}
