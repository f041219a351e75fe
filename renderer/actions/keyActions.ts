/** Find, the shortcut sheet and the arrow keys' nudges. */
import { NUDGE_GRID, NUDGE_STEP, nudgeNodes } from '../../shared/edit';
import type { Plan } from '../../shared/model/plan';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { sameIds } from '../store/uiStore';
import { bindAction } from './bindAction';
import type { Action, ActionDocument } from './types';

/**
 * A run of nudges of the same cards, with no other edit between them and none more than this
 * apart, is one undo step (as in drawing tools): a held arrow key makes one step, not sixty.
 */
const COALESCE_MS = 3000;

interface LastNudge {
  readonly plan: Plan;
  readonly selection: readonly string[];
  readonly at: number;
}

/** The last nudge per document (keyed by its plan store), to merge the next one into its undo step. */
const lastNudges = new WeakMap<object, LastNudge>();

function nudge(doc: ActionDocument, dx: number, dy: number): void {
  const plan = getPlan(doc);
  const selection = doc.ui.getState().selection;
  const drawn = doc.canvas.layoutFor(plan).boxes;
  const result = nudgeNodes(plan, selection, dx, dy, (id) => drawn.get(id));
  const last = lastNudges.get(doc.plan);
  const now = performance.now();
  const merge =
    last !== undefined &&
    last.plan === plan &&
    sameIds(last.selection, selection) &&
    now - last.at < COALESCE_MS;
  const temporal = doc.plan.temporal.getState();
  if (merge) temporal.pause();
  try {
    run(doc, result);
  } finally {
    if (merge) temporal.resume();
  }
  lastNudges.set(doc.plan, { plan: getPlan(doc), selection, at: now });
}

export const KEY_ACTIONS: readonly Action[] = [
  bindAction('edit-find', ({ doc }) => doc.ui.setState({ findOpen: true, shortcutsOpen: false })),
  bindAction('help-shortcuts', ({ doc }) =>
    doc.ui.setState({ shortcutsOpen: true, findOpen: false }),
  ),
  bindAction('edit-nudge-left', ({ doc }) => nudge(doc, -NUDGE_STEP, 0)),
  bindAction('edit-nudge-right', ({ doc }) => nudge(doc, NUDGE_STEP, 0)),
  bindAction('edit-nudge-up', ({ doc }) => nudge(doc, 0, -NUDGE_STEP)),
  bindAction('edit-nudge-down', ({ doc }) => nudge(doc, 0, NUDGE_STEP)),
  bindAction('edit-nudge-left-grid', ({ doc }) => nudge(doc, -NUDGE_GRID, 0)),
  bindAction('edit-nudge-right-grid', ({ doc }) => nudge(doc, NUDGE_GRID, 0)),
  bindAction('edit-nudge-up-grid', ({ doc }) => nudge(doc, 0, -NUDGE_GRID)),
  bindAction('edit-nudge-down-grid', ({ doc }) => nudge(doc, 0, NUDGE_GRID)),
];
