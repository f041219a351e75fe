/**
 * The document's plan store: the plan and nothing else, recorded by zundo so that every committed
 * change is one undo step. One per plan being edited (see renderer/document/); UI state
 * (selection, hover, drags in flight, modes) lives in the UI store and is never recorded.
 */
import { createStore } from 'zustand';
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

function makePlanStore(plan: Plan) {
  return createStore<PlanState>()(
    temporal((): PlanState => ({ plan, dirty: false, savedPlan: plan }), {
      partialize: (state): { plan: Plan } => ({ plan: state.plan }),
      // A step is recorded only when the plan object itself changes.
      equality: (past, current) => past.plan === current.plan,
      limit: HISTORY_LIMIT,
    }),
  );
}

export type PlanStore = ReturnType<typeof makePlanStore>;

export function createPlanStore(plan: Plan = emptyPlan()): PlanStore {
  const store = makePlanStore(plan);
  // Undo and redo set the plan alone: undoing back to the saved plan makes the document clean again.
  store.subscribe((s) => {
    const dirty = s.plan !== s.savedPlan;
    if (dirty !== s.dirty) store.setState({ dirty });
  });
  return store;
}

/** Commits an edited plan: one undo step. */
export function commitPlan(store: PlanStore, plan: Plan): void {
  if (plan === store.getState().plan) return;
  store.setState({ plan, dirty: true });
}

/** Replaces the document (new plan, example, opened file): a fresh history. */
export function replacePlan(store: PlanStore, plan: Plan): void {
  store.setState({ plan, dirty: false, savedPlan: plan });
  store.temporal.getState().clear();
}

/** Records the plan now on disk (null: none, e.g. restored unsaved work). */
export function setSavedPlan(store: PlanStore, saved: Plan | null): void {
  store.setState((s) => ({ savedPlan: saved, dirty: s.plan !== saved }));
}

export function canUndo(store: PlanStore): boolean {
  return store.temporal.getState().pastStates.length > 0;
}

export function canRedo(store: PlanStore): boolean {
  return store.temporal.getState().futureStates.length > 0;
}
