/**
 * The difference between two plans (two scenarios, or two files): every figure of the report
 * side by side with its delta, and the node changes. What `strata diff --json` prints and what
 * the Compare view shows.
 */
import { buildReport } from '../metrics/report';
import type { Report } from '../metrics/types';
import type { Plan } from '../model/plan';
import { reportFigures } from './figures';
import { nodeChanges, type NodeChanges } from './nodeChanges';

export interface FigureDelta {
  /** null: the figure is missing or null in that plan (a host only one plan has, no DR site). */
  readonly from: number | null;
  readonly to: number | null;
  /** to − from (0 when they are equal, ∞ included); null when either is null. */
  readonly delta: number | null;
}

export interface PlanDiff extends NodeChanges {
  /** By dotted key (./figures.ts), in the order of `from`'s report, then the keys only `to` has. */
  readonly figures: Readonly<Record<string, FigureDelta>>;
}

/** The reports, when the caller has them already (the editor keeps one per plan). */
export interface DiffReports {
  readonly from: Report;
  readonly to: Report;
}

export function diffPlans(from: Plan, to: Plan, reports?: DiffReports): PlanDiff {
  const a = reportFigures(reports?.from ?? buildReport(from));
  const b = reportFigures(reports?.to ?? buildReport(to));
  const figures: [string, FigureDelta][] = [];
  for (const [key, value] of a) {
    const other = b.get(key);
    figures.push([key, other === undefined ? delta(value, null) : delta(value, other)]);
  }
  for (const [key, value] of b) if (!a.has(key)) figures.push([key, delta(null, value)]);
  return { figures: Object.fromEntries(figures), ...nodeChanges(from, to) };
}

function delta(from: number | null, to: number | null): FigureDelta {
  if (from === null || to === null) return { from, to, delta: null };
  return { from, to, delta: from === to ? 0 : to - from };
}

/** True when nothing differs: no node change and every figure the same. */
export function isEmptyDiff(diff: PlanDiff): boolean {
  return (
    diff.moved.length === 0 &&
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    Object.values(diff.figures).every((f) => f.delta === 0)
  );
}
