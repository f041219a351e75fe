import type { Plan } from '../../shared/model/plan';
import type { CanvasDocument } from '../canvas/canvasDocument';

/**
 * One registry of actions, dispatched by id from the toolbar, the keyboard and (in the desktop
 * app) the Electron menu, whose ids are MENU_ACTION_IDS in shared/bridge.ts.
 */

/** What `enabled` may look at: a snapshot of the editor. */
export interface ActionState {
  readonly selectedNodes: number;
  readonly selectedLinks: number;
  /** A drag, drop or link is in flight: document edits and undo wait for it to end. */
  readonly gestureActive: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly hasClipboard: boolean;
  readonly failureMode: boolean;
  readonly heatView: boolean;
  readonly minimap: boolean;
  readonly nodeCount: number;
}

/** The document an action is performed on: its stores and canvas, and how to replace its plan. */
export interface ActionDocument extends CanvasDocument {
  /** Replaces the plan (New, an example): fresh history, nothing selected, shown at its saved view. */
  open(plan: Plan): void;
}

export interface ActionContext {
  readonly source: 'toolbar' | 'keyboard' | 'menu' | 'other';
  readonly doc: ActionDocument;
}

export interface Action {
  /** Kebab-case; the menu's ids where the menu has the action. */
  readonly id: string;
  readonly label: string;
  /** E.g. "Mod+Z" (Mod is Ctrl, or Cmd on macOS), "Shift+1", "Delete". */
  readonly shortcuts?: readonly string[];
  /** For toggles: whether the option is on (shown pressed). */
  readonly checked?: (state: ActionState) => boolean;
  readonly enabled: (state: ActionState) => boolean;
  readonly perform: (ctx: ActionContext) => void;
}
