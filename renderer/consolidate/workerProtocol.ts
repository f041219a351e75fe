/** The messages between Plan ▸ Consolidate… and its worker (consolidateWorker.ts). */
import type { Message } from '../../shared/i18n/message';
import type { Plan } from '../../shared/model/plan';
import type { OptimizeOptions, OptimizeResult, Progress } from '../../shared/optimize/types';
import type { DocumentSlice } from '../store/documentSlices';

export interface ConsolidateRequest {
  /** The active scenario's plan, as it is on the canvas. */
  readonly plan: Plan;
  readonly options: OptimizeOptions;
}

/**
 * The exact solver: `highs` when HiGHS ran on a small group, `unused` when no group was small
 * enough (or the heuristic met the bound), `unavailable` when its WebAssembly could not load here
 * (the reason in `solverError`): then only the bound can prove the answer.
 */
export type SolverUse = 'highs' | 'unused' | 'unavailable';

/** A run's outcome; `R` is the result as the page uses it (with its plan) or as sent (without). */
export type ConsolidateOutcome<R = OptimizeResult> =
  | {
      readonly ok: true;
      readonly result: R;
      /** The headline figures (shared/diff/headline.ts) before and after, in their order. */
      readonly figures: { readonly from: (number | null)[]; readonly to: (number | null)[] };
      readonly solver: SolverUse;
      readonly solverError?: string;
    }
  | {
      readonly ok: false;
      readonly reason: string;
      /** The reason for the reader's language, when the optimizer gives one. */
      readonly message?: Message;
      readonly about: 'options' | 'plan' | 'internal';
    };

/** The result without its plan, which travels in slices before it. */
export type SentResult = Omit<OptimizeResult, 'plan'>;

export type ConsolidateReply =
  | { readonly type: 'progress'; readonly progress: Progress }
  /**
   * The proposed plan as a one-scenario document in slices (store/documentSlices.ts), with its
   * layout and report, so that the page receives it in short tasks and computes neither.
   */
  | { readonly type: 'proposal'; readonly part: DocumentSlice }
  /** Last: for a result, after the whole proposal (its report included). */
  | { readonly type: 'done'; readonly outcome: ConsolidateOutcome<SentResult> };
