/**
 * What a worker computed for a plan before the page received it: its layout, and its report and
 * worst failures (which may still be on their way). The canvas and the engine take them instead of computing them on the
 * main thread, which would block the window for a large plan (a 100,000-node plan: seconds).
 *
 * Kept by the plan's nodes array, which survives the shallow copies the page makes on the way to
 * the document (the saved view taken out), and used only for a plan whose every other field is the
 * same object or value as the plan they were computed for: the figures are never another plan's.
 */
import type { PlanLayout } from '../../shared/layout/planLayout';
import type { FailureOutcome } from '../../shared/metrics/failure';
import type { Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';

export interface Prepared {
  readonly layout: PlanLayout | null;
  /** The report, or null when the worker could not give it (then it is computed here). */
  readonly report: Promise<Report | null>;
  /** Failures the worker simulated, by node id: complete once `report` has settled. */
  readonly failures?: ReadonlyMap<string, FailureOutcome | null>;
}

const prepared = new WeakMap<Plan['nodes'], { readonly plan: Plan; readonly prepared: Prepared }>();

export function prepare(plan: Plan, work: Prepared): void {
  prepared.set(plan.nodes, { plan, prepared: work });
}

function samePlan(a: Plan, b: Plan): boolean {
  const keys = (p: Plan) => Object.keys(p).filter((k) => k !== 'view');
  const ka = keys(a);
  const record = (p: Plan) => p as unknown as Record<string, unknown>;
  return ka.length === keys(b).length && ka.every((k) => record(a)[k] === record(b)[k]);
}

export function preparedFor(plan: Plan): Prepared | null {
  const entry = prepared.get(plan.nodes);
  return entry && samePlan(entry.plan, plan) ? entry.prepared : null;
}
