/**
 * The engine's figures for a plan, memoized on the plan object: computed once per edit, never
 * on a viewport change. Every figure the editor shows comes from here, formatted only.
 */
import { simulateFailureIn, type FailureOutcome } from '../../shared/metrics/failure';
import { FailureEngine } from '../../shared/metrics/failureEngine';
import { buildReport } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import { buildPlanIndex, type PlanIndex } from '../../shared/model/planIndex';
import type { Plan } from '../../shared/model/plan';
import type { Issue } from '../../shared/validate/issue';

interface PlanFigures {
  index?: PlanIndex;
  report?: Report;
  engine?: FailureEngine;
  failures?: Map<string, FailureOutcome | null>;
  issues?: ReadonlyMap<string, NodeIssues>;
}

const figures = new WeakMap<Plan, PlanFigures>();

function entry(plan: Plan): PlanFigures {
  let e = figures.get(plan);
  if (!e) {
    e = {};
    figures.set(plan, e);
  }
  return e;
}

export function indexFor(plan: Plan): PlanIndex {
  const e = entry(plan);
  e.index ??= buildPlanIndex(plan);
  return e.index;
}

export function reportFor(plan: Plan): Report {
  const e = entry(plan);
  e.report ??= buildReport(plan);
  return e.report;
}

/** SPEC §3 workload test, from the engine's index. */
export function isWorkloadId(plan: Plan, id: string): boolean {
  const ix = indexFor(plan);
  const i = ix.indexOf.get(id);
  return i !== undefined && ix.isWorkload[i] === 1;
}

/** SPEC §6.3 for one node; the index and the engine's scratch space are reused across calls. */
export function failureFor(plan: Plan, nodeId: string): FailureOutcome | null {
  const e = entry(plan);
  e.failures ??= new Map();
  const cached = e.failures.get(nodeId);
  if (cached !== undefined) return cached;
  const ix = indexFor(plan);
  e.engine ??= new FailureEngine(ix);
  const outcome = simulateFailureIn(ix, nodeId, e.engine);
  e.failures.set(nodeId, outcome);
  return outcome;
}

export interface NodeIssues {
  readonly errors: number;
  readonly warnings: number;
  /** Every message, one a line, for the badge's tooltip. */
  readonly text: string;
}

/** The report's issues grouped by node. */
export function issuesByNode(plan: Plan): ReadonlyMap<string, NodeIssues> {
  const e = entry(plan);
  if (e.issues) return e.issues;
  const grouped = new Map<string, Issue[]>();
  for (const issue of reportFor(plan).issues) {
    const list = grouped.get(issue.nodeId);
    if (list) list.push(issue);
    else grouped.set(issue.nodeId, [issue]);
  }
  const out = new Map<string, NodeIssues>();
  for (const [id, list] of grouped) {
    out.set(id, {
      errors: list.filter((i) => i.severity === 'error').length,
      warnings: list.filter((i) => i.severity === 'warning').length,
      text: list.map((i) => `${i.severity === 'error' ? 'Error' : 'Warning'}: ${i.message}`).join('\n'),
    });
  }
  e.issues = out;
  return out;
}
