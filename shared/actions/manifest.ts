// The one list of the editor's actions, as data: id, label key, shortcut per platform, where the
// action appears (desktop menu, the page's File menu, the toolbar) and the names of the rules that
// enable and check it. The renderer binds each id to what it does; the toolbar, the keyboard, the
// page's File menu and the desktop menu are all built from this list (docs/canvas.md, "Actions").
import type { LabelKey } from '../i18n/en';
import type { CheckedRule, EnabledRule } from './rules';

export type MenuName = 'file' | 'edit' | 'view' | 'plan' | 'help';

/** Where a right-click opens a context menu: on a card, or on the empty canvas. */
export type ContextPlace = 'card' | 'canvas';

/**
 * Keys in the renderer's notation: `Mod` is Cmd on macOS and Ctrl elsewhere; `Shift+1`,
 * `Delete`, `Mod+=`. The first is *the* shortcut (shown in menus and tooltips, the desktop
 * menu's accelerator); any others are the same key on other layouts or conventions, accepted by
 * the keyboard only.
 */
export type ActionKeys =
  readonly string[] | { readonly mac: readonly string[]; readonly other: readonly string[] };

/** The native editing command a menu item runs instead when a text field has focus. */
export type TextEditCommand = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll';

export interface ActionSpec {
  /** Kebab-case, stable: scripts and tests use it (`action-<id>` test ids). */
  readonly id: string;
  readonly labelKey: LabelKey;
  /** A longer description for tooltips, where the label alone says too little. */
  readonly hintKey?: LabelKey;
  readonly keys?: ActionKeys;
  /** The desktop menu; `group` numbers separate groups. macOS shows About in the app menu. */
  readonly menu?: { readonly menu: MenuName; readonly group: number };
  /** The toolbar's File menu in the page. */
  readonly pageMenu?: { readonly group: number };
  /** The toolbar: `group` numbers separate groups; the last group sits at the far end. */
  readonly toolbar?: { readonly group: number; readonly icon: string; readonly showLabel?: true };
  /** The right-click menus it appears in (in manifest order, a separator where the menu changes). */
  readonly context?: readonly ContextPlace[];
  readonly enabled: EnabledRule;
  readonly checked?: CheckedRule;
  readonly textEdit?: TextEditCommand;
}

export const ACTION_MANIFEST = [
  // ---- File
  {
    id: 'file-new',
    labelKey: 'action.new',
    keys: ['Mod+N'],
    menu: { menu: 'file', group: 0 },
    toolbar: { group: 0, icon: 'new', showLabel: true },
    enabled: 'idle',
  },
  {
    id: 'file-open',
    labelKey: 'action.open',
    keys: ['Mod+O'],
    menu: { menu: 'file', group: 0 },
    pageMenu: { group: 0 },
    enabled: 'idle',
  },
  {
    id: 'file-import',
    labelKey: 'action.import',
    keys: ['Mod+I'],
    menu: { menu: 'file', group: 0 },
    pageMenu: { group: 0 },
    toolbar: { group: 0, icon: 'import' },
    enabled: 'idle',
  },
  {
    id: 'file-save',
    labelKey: 'action.save',
    keys: ['Mod+S'],
    menu: { menu: 'file', group: 1 },
    pageMenu: { group: 0 },
    enabled: 'idle',
  },
  {
    id: 'file-save-as',
    labelKey: 'action.saveAs',
    keys: ['Mod+Shift+S'],
    menu: { menu: 'file', group: 1 },
    pageMenu: { group: 0 },
    enabled: 'idle',
  },
  {
    id: 'export-png',
    labelKey: 'action.exportPng',
    keys: ['Mod+Shift+E'],
    menu: { menu: 'file', group: 2 },
    pageMenu: { group: 1 },
    enabled: 'idle',
  },
  {
    id: 'export-svg',
    labelKey: 'action.exportSvg',
    menu: { menu: 'file', group: 2 },
    pageMenu: { group: 1 },
    enabled: 'idle',
  },
  {
    id: 'export-json',
    labelKey: 'action.exportJson',
    menu: { menu: 'file', group: 2 },
    pageMenu: { group: 1 },
    enabled: 'idle',
  },
  {
    id: 'export-report',
    labelKey: 'action.exportReport',
    hintKey: 'action.exportReport.hint',
    menu: { menu: 'file', group: 2 },
    pageMenu: { group: 1 },
    enabled: 'idle',
  },
  {
    id: 'export-report-json',
    labelKey: 'action.exportReportJson',
    menu: { menu: 'file', group: 2 },
    pageMenu: { group: 1 },
    enabled: 'idle',
  },
  {
    id: 'file-close',
    labelKey: 'action.close',
    keys: ['Mod+W'],
    menu: { menu: 'file', group: 3 },
    enabled: 'always',
  },
  // ---- Edit
  {
    id: 'edit-undo',
    labelKey: 'action.undo',
    keys: ['Mod+Z'],
    menu: { menu: 'edit', group: 0 },
    toolbar: { group: 1, icon: 'undo' },
    enabled: 'canUndo',
    textEdit: 'undo',
  },
  {
    id: 'edit-redo',
    labelKey: 'action.redo',
    keys: { mac: ['Mod+Shift+Z'], other: ['Ctrl+Y', 'Mod+Shift+Z'] },
    menu: { menu: 'edit', group: 0 },
    toolbar: { group: 1, icon: 'redo' },
    enabled: 'canRedo',
    textEdit: 'redo',
  },
  {
    id: 'edit-cut',
    labelKey: 'action.cut',
    keys: ['Mod+X'],
    menu: { menu: 'edit', group: 1 },
    context: ['card'],
    enabled: 'canEditSelection',
    textEdit: 'cut',
  },
  {
    id: 'edit-copy',
    labelKey: 'action.copy',
    keys: ['Mod+C'],
    menu: { menu: 'edit', group: 1 },
    context: ['card'],
    enabled: 'hasSelection',
    textEdit: 'copy',
  },
  {
    id: 'edit-paste',
    labelKey: 'action.paste',
    keys: ['Mod+V'],
    menu: { menu: 'edit', group: 1 },
    context: ['card', 'canvas'],
    enabled: 'canPaste',
    textEdit: 'paste',
  },
  {
    id: 'edit-duplicate',
    labelKey: 'action.duplicate',
    keys: ['Mod+D'],
    menu: { menu: 'edit', group: 1 },
    toolbar: { group: 2, icon: 'duplicate' },
    context: ['card'],
    enabled: 'canEditSelection',
  },
  {
    id: 'edit-delete',
    labelKey: 'action.delete',
    keys: { mac: ['Backspace', 'Delete'], other: ['Delete', 'Backspace'] },
    menu: { menu: 'edit', group: 1 },
    toolbar: { group: 2, icon: 'delete' },
    context: ['card'],
    enabled: 'canDelete',
    textEdit: 'delete',
  },
  {
    id: 'edit-select-all',
    labelKey: 'action.selectAll',
    keys: ['Mod+A'],
    menu: { menu: 'edit', group: 2 },
    context: ['canvas'],
    enabled: 'hasNodes',
    textEdit: 'selectAll',
  },
  {
    id: 'edit-find',
    labelKey: 'action.find',
    hintKey: 'action.find.hint',
    keys: ['Mod+F'],
    menu: { menu: 'edit', group: 3 },
    context: ['card', 'canvas'],
    enabled: 'hasNodes',
  },
  // The arrow keys move the selected top-level cards (shared/edit/nudge.ts); keyboard only.
  { id: 'edit-nudge-left', labelKey: 'action.nudgeLeft', keys: ['ArrowLeft'], enabled: 'canEditSelection' },
  { id: 'edit-nudge-right', labelKey: 'action.nudgeRight', keys: ['ArrowRight'], enabled: 'canEditSelection' },
  { id: 'edit-nudge-up', labelKey: 'action.nudgeUp', keys: ['ArrowUp'], enabled: 'canEditSelection' },
  { id: 'edit-nudge-down', labelKey: 'action.nudgeDown', keys: ['ArrowDown'], enabled: 'canEditSelection' },
  {
    id: 'edit-nudge-left-grid',
    labelKey: 'action.nudgeLeftGrid',
    keys: ['Shift+ArrowLeft'],
    enabled: 'canEditSelection',
  },
  {
    id: 'edit-nudge-right-grid',
    labelKey: 'action.nudgeRightGrid',
    keys: ['Shift+ArrowRight'],
    enabled: 'canEditSelection',
  },
  {
    id: 'edit-nudge-up-grid',
    labelKey: 'action.nudgeUpGrid',
    keys: ['Shift+ArrowUp'],
    enabled: 'canEditSelection',
  },
  {
    id: 'edit-nudge-down-grid',
    labelKey: 'action.nudgeDownGrid',
    keys: ['Shift+ArrowDown'],
    enabled: 'canEditSelection',
  },
  // ---- View
  {
    id: 'view-zoom-fit',
    labelKey: 'action.zoomToFit',
    keys: ['Shift+1'],
    menu: { menu: 'view', group: 0 },
    toolbar: { group: 3, icon: 'fit' },
    context: ['canvas'],
    enabled: 'always',
  },
  {
    id: 'view-zoom-reset',
    labelKey: 'action.zoomReset',
    keys: ['Mod+0'],
    menu: { menu: 'view', group: 0 },
    context: ['canvas'],
    enabled: 'always',
  },
  {
    id: 'view-zoom-in',
    labelKey: 'action.zoomIn',
    keys: ['Mod+=', 'Mod+Plus'],
    menu: { menu: 'view', group: 0 },
    enabled: 'always',
  },
  {
    id: 'view-zoom-out',
    labelKey: 'action.zoomOut',
    keys: ['Mod+-'],
    menu: { menu: 'view', group: 0 },
    enabled: 'always',
  },
  {
    id: 'view-tidy',
    labelKey: 'action.tidy',
    hintKey: 'action.tidy.hint',
    keys: ['Shift+T'],
    menu: { menu: 'view', group: 1 },
    toolbar: { group: 3, icon: 'tidy' },
    context: ['card', 'canvas'],
    enabled: 'hasNodes',
  },
  {
    id: 'view-minimap',
    labelKey: 'action.minimap',
    keys: ['M'],
    menu: { menu: 'view', group: 2 },
    toolbar: { group: 3, icon: 'minimap' },
    enabled: 'always',
    checked: 'minimapShown',
  },
  {
    id: 'view-failure-mode',
    labelKey: 'action.failureMode',
    hintKey: 'action.failureMode.hint',
    keys: ['F'],
    menu: { menu: 'view', group: 2 },
    toolbar: { group: 4, icon: 'failure', showLabel: true },
    enabled: 'idle',
    checked: 'failureMode',
  },
  {
    id: 'view-heat',
    labelKey: 'action.heatView',
    hintKey: 'action.heatView.hint',
    keys: ['H'],
    menu: { menu: 'view', group: 2 },
    toolbar: { group: 4, icon: 'heat', showLabel: true },
    enabled: 'idle',
    checked: 'heatView',
  },
  {
    id: 'view-compare',
    labelKey: 'action.compare',
    hintKey: 'action.compare.hint',
    menu: { menu: 'view', group: 2 },
    toolbar: { group: 4, icon: 'compare', showLabel: true },
    enabled: 'always',
    checked: 'compareOpen',
  },
  {
    id: 'view-theme',
    labelKey: 'action.theme',
    hintKey: 'action.theme.hint',
    keys: ['Mod+Shift+L'],
    menu: { menu: 'view', group: 2 },
    toolbar: { group: 5, icon: 'theme' },
    enabled: 'always',
  },
  {
    id: 'view-language-en',
    labelKey: 'action.languageEn',
    hintKey: 'action.languageHint',
    menu: { menu: 'view', group: 3 },
    enabled: 'always',
    checked: 'languageEn',
  },
  {
    id: 'view-language-zh-cn',
    labelKey: 'action.languageZhCn',
    hintKey: 'action.languageHint',
    menu: { menu: 'view', group: 3 },
    enabled: 'always',
    checked: 'languageZhCn',
  },
  // ---- Plan (the page shows the desktop Plan menu's items in its own Plan menu)
  {
    id: 'plan-consolidate',
    labelKey: 'action.consolidate',
    hintKey: 'action.consolidate.hint',
    menu: { menu: 'plan', group: 0 },
    enabled: 'canConsolidate',
  },
  // ---- Help
  {
    id: 'help-shortcuts',
    labelKey: 'action.shortcuts',
    keys: ['?'],
    menu: { menu: 'help', group: 0 },
    enabled: 'always',
  },
  {
    id: 'help-examples',
    labelKey: 'action.examples',
    menu: { menu: 'help', group: 0 },
    enabled: 'idle',
  },
  {
    id: 'help-about',
    labelKey: 'action.about',
    menu: { menu: 'help', group: 1 },
    enabled: 'always',
  },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTION_MANIFEST)[number]['id'];

export const ACTION_IDS: readonly ActionId[] = ACTION_MANIFEST.map((spec) => spec.id);

/** The example plans' actions, one per example (`example-<file id>`), are not in the list. */
export const EXAMPLE_ACTION_PREFIX = 'example-';

const BY_ID: ReadonlyMap<string, ActionSpec> = new Map(
  ACTION_MANIFEST.map((spec): [string, ActionSpec] => [spec.id, spec]),
);

export function actionSpec(id: string): ActionSpec | undefined {
  return BY_ID.get(id);
}

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && BY_ID.has(value);
}

export type Platform = 'mac' | 'other';

/** Every key of the action on that platform, the shortcut first. */
export function actionKeys(spec: ActionSpec, platform: Platform): readonly string[] {
  const keys = spec.keys;
  if (keys === undefined) return [];
  return 'mac' in keys ? keys[platform] : keys;
}

/** The shortcut shown for the action on that platform (its first key), if it has one. */
export function shortcutOf(spec: ActionSpec, platform: Platform): string | undefined {
  return actionKeys(spec, platform)[0];
}
