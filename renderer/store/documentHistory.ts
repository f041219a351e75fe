/**
 * Undo across a document: the plan store's history (one entry per edit of the scenario on the
 * canvas, zundo) and the document's own steps (what the scenario tabs do: add, duplicate,
 * rename, reorder, delete), interleaved by time.
 *
 * The rule (docs/canvas.md): Undo takes back whichever came last — the last edit of the scenario
 * on the canvas, or the last scenario step of the document. Redo replays in the order undone.
 * Edits of a scenario that is not shown are undone on its own tab. A new edit or step clears
 * what could be redone.
 *
 * Time is a counter: each plan history entry (zundo's objects, kept while a scenario is shelved)
 * is stamped when it appears; each document step when it is recorded.
 */
import { createStore, type StoreApi } from 'zustand';
import type { PlanStore } from './planStore';
import type { Message } from '../../shared/i18n/message';

/** A document step: what it did, done again (`redo`) or taken back (`undo`). */
export interface DocumentStep {
  /** For the status line, in the reader's language: `Delete scenario “To be”`. */
  readonly label: Message;
  undo(): void;
  redo(): void;
}

interface Entry {
  readonly stamp: number;
  readonly step: DocumentStep;
}

export interface DocumentHistoryState {
  readonly undo: readonly Entry[];
  readonly redo: readonly Entry[];
}

export interface DocumentHistory {
  readonly store: StoreApi<DocumentHistoryState>;
  /** A step just done (it is not run here). */
  record(step: DocumentStep): void;
  /** Runs `work` (a switch of scenario) without its plan changes counting as an edit. */
  quietly(work: () => void): void;
  /** Undoes the later of the canvas's last edit and the document's last step; the step undone, or null for a plan edit or nothing. */
  undo(): DocumentStep | null;
  redo(): DocumentStep | null;
  /** Undoes `step` out of turn (the tabs' "Undo delete" button); false when it is not in the history. */
  undoStep(step: DocumentStep): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** A new document: no step to undo or redo. */
  clear(): void;
}

const LIMIT = 200;

export function createDocumentHistory(plan: PlanStore): DocumentHistory {
  const store = createStore<DocumentHistoryState>()(() => ({ undo: [], redo: [] }));
  const stamps = new WeakMap<object, number>();
  let clock = 0;
  let quiet = 0;

  const stampOf = (entry: object | undefined): number =>
    entry === undefined ? -1 : (stamps.get(entry) ?? 0);

  plan.temporal.subscribe((history) => {
    const top = history.pastStates.at(-1);
    if (quiet > 0 || top === undefined || stamps.has(top)) return;
    // A new edit: it is the latest thing done, and nothing is left to redo.
    clock += 1;
    stamps.set(top, clock);
    if (store.getState().redo.length > 0) store.setState({ redo: [] });
  });

  const quietly = (work: () => void): void => {
    quiet += 1;
    try {
      work();
    } finally {
      quiet -= 1;
    }
  };

  const planUndo = (): void => {
    const history = plan.temporal.getState();
    const stamp = stampOf(history.pastStates.at(-1));
    quietly(() => history.undo());
    const undone = plan.temporal.getState().futureStates.at(-1);
    if (undone) stamps.set(undone, stamp);
  };

  const planRedo = (): void => {
    const history = plan.temporal.getState();
    const stamp = stampOf(history.futureStates.at(-1));
    quietly(() => history.redo());
    const redone = plan.temporal.getState().pastStates.at(-1);
    if (redone) stamps.set(redone, stamp);
  };

  return {
    store,
    quietly,
    record(step) {
      clock += 1;
      const undo = [...store.getState().undo, { stamp: clock, step }].slice(-LIMIT);
      store.setState({ undo, redo: [] });
      // A step is new work: the canvas's undone edits are no longer redone.
      if (plan.temporal.getState().futureStates.length > 0)
        plan.temporal.setState({ futureStates: [] });
    },
    undo() {
      const { undo, redo } = store.getState();
      const step = undo.at(-1);
      const edit = stampOf(plan.temporal.getState().pastStates.at(-1));
      if (step && step.stamp > edit) {
        store.setState({ undo: undo.slice(0, -1), redo: [...redo, step] });
        quietly(() => step.step.undo());
        return step.step;
      }
      if (edit >= 0) planUndo();
      return null;
    },
    redo() {
      const { undo, redo } = store.getState();
      const step = redo.at(-1);
      const future = plan.temporal.getState().futureStates.at(-1);
      if (step && (future === undefined || step.stamp < stampOf(future))) {
        store.setState({ redo: redo.slice(0, -1), undo: [...undo, step] });
        quietly(() => step.step.redo());
        return step.step;
      }
      if (future !== undefined) planRedo();
      return null;
    },
    undoStep(step) {
      const { undo, redo } = store.getState();
      const entry = undo.find((e) => e.step === step);
      if (!entry) return false;
      store.setState({ undo: undo.filter((e) => e !== entry), redo: [...redo, entry] });
      quietly(() => step.undo());
      return true;
    },
    canUndo: () =>
      store.getState().undo.length > 0 || plan.temporal.getState().pastStates.length > 0,
    canRedo: () =>
      store.getState().redo.length > 0 || plan.temporal.getState().futureStates.length > 0,
    clear() {
      store.setState({ undo: [], redo: [] });
    },
  };
}
