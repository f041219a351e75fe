/**
 * The engine's figures for a plan, memoized on the plan object: computed once per edit, never
 * on a viewport change. Every figure the editor shows comes from here, formatted only. One engine
 * per plan being edited (renderer/document/): it derives each plan's index and report from the
 * last ones, which only makes sense along one plan's history.
 */
import { simulateFailureIn, type FailureOutcome } from '../../shared/metrics/failure';
import { FailureEngine } from '../../shared/metrics/failureEngine';
import { rankFailures } from '../../shared/metrics/failureRanking';
import { reportState, type ReportState } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import { buildPlanIndex, type PlanIndex } from '../../shared/model/planIndex';
import { derivationOf, derivePlanIndex } from '../../shared/model/planIndexDerive';
import type { Plan } from '../../shared/model/plan';
import type { Issue } from '../../shared/validate/issue';

interface PlanFigures {
  index?: PlanIndex;
  report?: Report;
  state?: ReportState;
  engine?: FailureEngine;
  failures?: Map<string, FailureOutcome | null>;
  issues?: ReadonlyMap<string, NodeIssues>;
}

export interface NodeIssues {
  readonly errors: number;
  readonly warnings: number;
  /** The node's issues, for the badge's tooltip (written in the reader's language there). */
  readonly list: readonly Issue[];
}

export interface Engine {
  indexFor(plan: Plan): PlanIndex;
  /** The plan's index when it is built already (a plan opened from a worker has none at first). */
  knownIndex(plan: Plan): PlanIndex | undefined;
  /** The report, from the same index as every other figure of the plan. */
  reportFor(plan: Plan): Report;
  /** SPEC §6.3 for one node; the index and the engine's scratch space are reused across calls. */
  failureFor(plan: Plan, nodeId: string): FailureOutcome | null;
  /**
   * failureFor's answer when it is at hand without a simulation (computed already, or carried over
   * from the plan before the edit); undefined when failureFor would simulate.
   */
  knownFailure(plan: Plan, nodeId: string): FailureOutcome | null | undefined;
  /** The report's issues grouped by node. */
  issuesByNode(plan: Plan): ReadonlyMap<string, NodeIssues>;
  /** Takes `report` (and failures, by node id) as the plan's, computed elsewhere (a worker) from this very plan. */
  adoptReport(
    plan: Plan,
    report: Report,
    failures?: ReadonlyMap<string, FailureOutcome | null>,
  ): void;
  /**
   * Computes here what an adopted report came without (the index and the report's parts), so that
   * the plan's first edit derives its figures from them instead of computing them afresh.
   */
  warm(plan: Plan): void;
}

export function createEngine(): Engine {
  const figures = new WeakMap<Plan, PlanFigures>();

  function entry(plan: Plan): PlanFigures {
    let e = figures.get(plan);
    if (!e) {
      e = {};
      figures.set(plan, e);
    }
    return e;
  }

  /** The index built last: an edit that keeps the tree derives the next one from it. */
  let lastIndex: PlanIndex | null = null;

  function indexFor(plan: Plan): PlanIndex {
    const e = entry(plan);
    if (!e.index) {
      e.index = lastIndex ? derivePlanIndex(lastIndex, plan) : buildPlanIndex(plan);
      lastIndex = e.index;
    }
    return e.index;
  }

  /** The report computed last: an edit of sizes simulates again only the failures it can change. */
  let lastReport: ReportState | null = null;

  function reportFor(plan: Plan): Report {
    const e = entry(plan);
    if (!e.report) {
      const ix = indexFor(plan);
      lastReport = reportState(ix, lastReport && lastReport.index !== ix ? lastReport : null);
      e.state = lastReport;
      e.report = lastReport.report;
    }
    return e.report;
  }

  function knownIndex(plan: Plan): PlanIndex | undefined {
    return figures.get(plan)?.index;
  }

  function knownFailure(plan: Plan, nodeId: string): FailureOutcome | null | undefined {
    const e = entry(plan);
    e.failures ??= new Map();
    const cached = e.failures.get(nodeId);
    if (cached !== undefined) return cached;
    const carried = carriedFailure(e, nodeId);
    if (carried !== undefined) e.failures.set(nodeId, carried);
    return carried;
  }

  function failureFor(plan: Plan, nodeId: string): FailureOutcome | null {
    const known = knownFailure(plan, nodeId);
    if (known !== undefined) return known;
    const e = entry(plan);
    const ix = indexFor(plan);
    e.engine ??= new FailureEngine(ix);
    const outcome = simulateFailureIn(ix, nodeId, e.engine);
    e.failures?.set(nodeId, outcome);
    return outcome;
  }

  /**
   * The outcome computed for the plan before an edit, when the edit cannot have changed it: its
   * restarts are untouched (see failureScope.ts) and no node it names was renamed.
   */
  function carriedFailure(e: PlanFigures, nodeId: string): FailureOutcome | null | undefined {
    const state = e.state;
    if (!state?.touched || !state.before) return undefined;
    const before = figures.get(state.before.plan)?.failures?.get(nodeId);
    const ix = state.index;
    const x = ix.indexOf.get(nodeId);
    const derived = derivationOf(ix);
    if (
      !before ||
      x === undefined ||
      state.touched.flags[x] === 1 ||
      derived?.from !== state.before
    )
      return undefined;
    const from = ix.tin[x] as number;
    const to = ix.tout[x] as number;
    const renamedInside =
      !derived.sizesOnly &&
      derived.changed.some((i) => (ix.tin[i] as number) >= from && (ix.tin[i] as number) < to);
    return renamedInside ? undefined : before;
  }

  function issuesByNode(plan: Plan): ReadonlyMap<string, NodeIssues> {
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
        list,
      });
    }
    e.issues = out;
    return out;
  }

  function adoptReport(
    plan: Plan,
    report: Report,
    failures?: ReadonlyMap<string, FailureOutcome | null>,
  ): void {
    const e = entry(plan);
    e.report ??= report;
    if (failures && failures.size > 0) e.failures ??= new Map(failures);
  }

  function warm(plan: Plan): void {
    const e = entry(plan);
    if (e.state) return;
    e.state = reportState(indexFor(plan));
    lastReport = e.state;
    // Its worst failures ranked too: the first edit's report derives its ranking from this one.
    rankFailures(e.state.report.blastRadius.nodes);
  }

  return { indexFor, knownIndex, reportFor, failureFor, knownFailure, issuesByNode, adoptReport, warm };
}
