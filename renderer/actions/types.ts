/**
 * One registry of actions, dispatched by id from the toolbar, the keyboard, the page's File menu
 * and (in the desktop app) the Electron menu. What each action is called, its shortcut, where it
 * appears and when it is enabled is data in shared/actions/manifest.ts; the renderer binds each
 * id to what it does (`bindAction`).
 */
import type { ActionState } from '../../shared/actions/rules';
import type { LabelKey } from '../../shared/i18n/en';
import type { Plan } from '../../shared/model/plan';
import type { ScenarioSet } from '../../shared/model/scenarios';
import type { CanvasDocument } from '../canvas/canvasDocument';

export type { ActionState };

/** The document an action is performed on: its stores and canvas, and how to replace its plan. */
export interface ActionDocument extends CanvasDocument {
  /**
   * Replaces the plan (New, an example, a file): fresh history, nothing selected, shown at its
   * saved view; `scenarios`: the file's scenarios when the plan is one of several.
   */
  open(plan: Plan, scenarios?: ScenarioSet | null): void;
}

export interface ActionContext {
  readonly source: 'toolbar' | 'keyboard' | 'menu' | 'other';
  readonly doc: ActionDocument;
}

export interface Action {
  /** Kebab-case: a manifest id, or `example-<file id>`. */
  readonly id: string;
  /** In English; `labelKey` says it in the editor's language (examples have only their name). */
  readonly label: string;
  readonly labelKey?: LabelKey;
  /** A longer description for the tooltip. */
  readonly hint?: string;
  readonly hintKey?: LabelKey;
  /** For toggles: whether the option is on (shown pressed). */
  readonly checked?: (state: ActionState) => boolean;
  readonly enabled: (state: ActionState) => boolean;
  readonly perform: (ctx: ActionContext) => void;
}
