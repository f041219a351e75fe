/**
 * The plan the figures belong to and the engine's report for it. Updated when the plan changes
 * (see app/wiring.ts); components read narrow slices of it, so a viewport change never recomputes
 * or re-renders a figure.
 */
import { create } from 'zustand';
import type { Report } from '../../shared/metrics/types';
import { emptyPlan } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/plan';
import { afterPaint } from './afterPaint';
import { reportFor } from './engine';

export interface FiguresState {
  readonly plan: Plan;
  readonly report: Report;
}

const initial = emptyPlan();

export const useFiguresStore = create<FiguresState>()(() => ({ plan: initial, report: reportFor(initial) }));

export function refreshFigures(plan: Plan): void {
  if (useFiguresStore.getState().plan === plan) return;
  useFiguresStore.setState({ plan, report: reportFor(plan) });
}

let pending = false;

/**
 * Refreshes the figures once the canvas has painted: opening a large plan shows its cards first,
 * and the engine's report (tens of milliseconds on 10,000 nodes) follows in a task of its own. Two
 * frames: React Flow draws the nodes a task after the change, so the first frame is without them.
 * The figures are those of whatever plan is current by then.
 */
export function refreshFiguresAfterPaint(current: () => Plan): void {
  if (pending) return;
  pending = true;
  afterPaint(
    () => {
      pending = false;
      refreshFigures(current());
    },
    { frames: 2 },
  );
}

export function useReport(): Report {
  return useFiguresStore((s) => s.report);
}
