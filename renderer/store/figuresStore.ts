/**
 * The plan the figures belong to and the engine's report for it. Updated when the plan changes
 * (see renderer/document/connect.ts); components read narrow slices of it, so a viewport change
 * never recomputes or re-renders a figure.
 */
import { createStore, type StoreApi } from 'zustand';
import type { Report } from '../../shared/metrics/types';
import { savedTopLevelBoxes } from '../../shared/layout/planLayout';
import type { Plan } from '../../shared/model/plan';
import { afterPaint } from './afterPaint';
import type { Engine } from './engine';
import { preparedFor } from './prepared';

/**
 * The largest plan whose adopted report is followed, when the page is idle, by the index and report
 * parts the worker did not send (engine.warm) and the cards' measure: the first edit, a drop above
 * all, then derives its figures and its overlap check instead of computing them afresh. At 10,000
 * nodes one task of about 60 ms; beyond this it would be a long task of its own, and the first
 * edit computes them instead.
 */
const WARM_UP_TO = 20_000;

export interface FiguresState {
  readonly plan: Plan;
  readonly report: Report;
}

export interface Figures {
  readonly store: StoreApi<FiguresState>;
  refresh(plan: Plan): void;
  /**
   * Refreshes the figures once the canvas has painted: opening a large plan shows its cards first,
   * and the engine's report (tens of milliseconds on 10,000 nodes) follows in a task of its own. Two
   * frames: React Flow draws the nodes a task after the change, so the first frame is without them.
   * The figures are those of whatever plan is current by then. When a worker is computing the
   * report of a plan just opened (./prepared.ts), they wait for it instead.
   */
  refreshAfterPaint(current: () => Plan): void;
}

/**
 * How long each warm-up step waits for an idle moment. Within 2 s each, three steps could still be
 * waiting 6 s after the open while the planner pans and zooms (the page is never idle then), and
 * a drop meanwhile computed its index and report afresh: about 40 % more of the drop's CPU at 10k.
 */
const WARM_STEP_WITHIN_MS = 300;

/** Runs `steps` one per idle task after the next paint, while `wanted()` holds. */
function whenIdle(wanted: () => boolean, steps: readonly (() => void)[]): void {
  const [step, ...rest] = steps;
  if (!step) return;
  afterPaint(
    () => {
      if (!wanted()) return;
      step();
      whenIdle(wanted, rest);
    },
    { then: 'idle', idleWithinMs: WARM_STEP_WITHIN_MS },
  );
}

export function createFigures(engine: Engine, plan: Plan): Figures {
  const store = createStore<FiguresState>()(() => ({ plan, report: engine.reportFor(plan) }));
  const refresh = (next: Plan): void => {
    if (store.getState().plan === next) return;
    store.setState({ plan: next, report: engine.reportFor(next) });
  };
  let pending = false;
  return {
    store,
    refresh,
    refreshAfterPaint(current) {
      if (pending) return;
      pending = true;
      afterPaint(
        () => {
          const plan = current();
          const prepared = preparedFor(plan);
          const coming = prepared?.report;
          if (!coming) {
            pending = false;
            refresh(plan);
            return;
          }
          // A worker is computing this plan's report: the main thread stays free meanwhile.
          void coming.then((report) => {
            if (report) engine.adoptReport(plan, report, prepared.failures);
            pending = false;
            refresh(current());
            if (report && plan.nodes.length <= WARM_UP_TO)
              // Each part in an idle task of its own (together they were one of ≈ 55 ms of CPU at
              // 10k), and not once the plan was edited: its edits have their own parts by then.
              whenIdle(() => current() === plan, [
                () => void engine.indexFor(plan),
                () => engine.warm(plan),
                // The cards' sizes too: the opened plan's layout came from the worker, and the
                // first edit's overlap check (resolveOverlaps) derives its measure from this one.
                () => void savedTopLevelBoxes(plan),
              ]);
          });
        },
        { frames: 2 },
      );
    },
  };
}
