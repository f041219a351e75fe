// When an action is enabled or checked, by rule name: the manifest names the rules, the renderer
// asks them of its own state, and the desktop menu asks them of the snapshot the renderer sends.
import type { Locale } from '../i18n/locales';

/** A snapshot of the editor, all an enabled/checked rule may look at. */
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
  /** The Compare view is open. */
  readonly compare: boolean;
  readonly minimap: boolean;
  readonly nodeCount: number;
  /** A long job runs in the background (a consolidation): another may not start. */
  readonly longJob: boolean;
  /** The language the editor speaks (View ▸ Language); English when absent. */
  readonly language?: Locale;
}

/** What the renderer sends the desktop menu: the action state and where the keyboard is. */
export interface MenuState extends ActionState {
  /** An input, a textarea or a content-editable element has focus (native editing applies). */
  readonly textEditing: boolean;
  /** The page has a non-empty text selection (native Copy applies). */
  readonly textSelected: boolean;
}

/**
 * `<input>` types that take no typing: focus on one of these is not text editing (the keyboard's
 * shortcuts and the menu's editing items act on the canvas). Read by the renderer and by the
 * desktop's focus probe.
 */
export const NON_TEXT_INPUT_TYPES: readonly string[] = [
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
];

type Rule = (state: ActionState) => boolean;

export const ENABLED_RULES = {
  always: () => true,
  /** No gesture in flight. */
  idle: (s) => !s.gestureActive,
  canUndo: (s) => s.canUndo && !s.gestureActive,
  canRedo: (s) => s.canRedo && !s.gestureActive,
  /** Nodes or links selected, no gesture. */
  canDelete: (s) => (s.selectedNodes > 0 || s.selectedLinks > 0) && !s.gestureActive,
  /** Nodes selected (copying may happen mid-gesture). */
  hasSelection: (s) => s.selectedNodes > 0,
  /** Nodes selected, no gesture. */
  canEditSelection: (s) => s.selectedNodes > 0 && !s.gestureActive,
  canPaste: (s) => s.hasClipboard && !s.gestureActive,
  /** The plan has nodes, no gesture. */
  hasNodes: (s) => s.nodeCount > 0 && !s.gestureActive,
  /** A plan with nodes is open (its active scenario), no gesture and no long job. */
  canConsolidate: (s) => s.nodeCount > 0 && !s.gestureActive && !s.longJob,
} as const satisfies Record<string, Rule>;

export const CHECKED_RULES = {
  minimapShown: (s) => s.minimap,
  failureMode: (s) => s.failureMode,
  heatView: (s) => s.heatView,
  compareOpen: (s) => s.compare,
  languageEn: (s) => (s.language ?? 'en') === 'en',
  languageZhCn: (s) => s.language === 'zh-CN',
} as const satisfies Record<string, Rule>;

export type EnabledRule = keyof typeof ENABLED_RULES;
export type CheckedRule = keyof typeof CHECKED_RULES;

export const EMPTY_ACTION_STATE: ActionState = {
  selectedNodes: 0,
  selectedLinks: 0,
  gestureActive: false,
  canUndo: false,
  canRedo: false,
  hasClipboard: false,
  failureMode: false,
  heatView: false,
  compare: false,
  minimap: false,
  nodeCount: 0,
  longJob: false,
};
