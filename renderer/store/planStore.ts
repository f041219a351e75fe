/**
 * The document store: the plan and nothing else, recorded by zundo so that every committed change
 * is one undo step. UI state (selection, hover, drags in flight, modes) lives in `uiStore.ts` and
 * is never recorded.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import { emptyPlan } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/plan';

export interface PlanState {
  readonly plan: Plan;
  /** Whether the document changed since it was opened (for the title and the close prompt). */
  readonly dirty: boolean;
  /** The plan as last opened or saved (null: never saved, e.g. restored work); dirty is `plan !== savedPlan`. */
  readonly savedPlan: Plan | null;
}

export const HISTORY_LIMIT = 200;

export const usePlanStore = create<PlanState>()(
  temporal((): PlanState => {
    const plan = emptyPlan();
    return { plan, dirty: false, savedPlan: plan };
  }, {
    partialize: (state): { plan: Plan } => ({ plan: state.plan }),
    // A step is recorded only when the plan object itself changes.
    equality: (past, current) => past.plan === current.plan,
    limit: HISTORY_LIMIT,
  }),
);

export function getPlan(): Plan {
  return usePlanStore.getState().plan;
}

/** Commits an edited plan: one undo step. */
export function commitPlan(plan: Plan): void {
  if (plan === getPlan()) return;
  usePlanStore.setState({ plan, dirty: true });
}

/** Replaces the document (new plan, example, opened file): a fresh history. */
export function replacePlan(plan: Plan): void {
  usePlanStore.setState({ plan, dirty: false, savedPlan: plan });
  usePlanStore.temporal.getState().clear();
}

/** Records the plan now on disk (null: none, e.g. restored unsaved work). */
export function setSavedPlan(saved: Plan | null): void {
  usePlanStore.setState((s) => ({ savedPlan: saved, dirty: s.plan !== saved }));
}

// Undo and redo set the plan alone: undoing back to the saved plan makes the document clean again.
usePlanStore.subscribe((s) => {
  const dirty = s.plan !== s.savedPlan;
  if (dirty !== s.dirty) usePlanStore.setState({ dirty });
});

export function canUndo(): boolean {
  return usePlanStore.temporal.getState().pastStates.length > 0;
}

export function canRedo(): boolean {
  return usePlanStore.temporal.getState().futureStates.length > 0;
}
