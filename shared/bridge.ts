// The desktop bridge: what the Electron preload exposes to the renderer as `window.strata`.
// Types only (plus the menu's action ids, from the action manifest). Plans cross it as JSON
// text; the main process re-validates every plan with the shared loader before it writes
// anything, keeps the document's path itself and never takes a path to write to from the renderer.
import type { Message } from './i18n/message';
import { ACTION_MANIFEST } from './actions/manifest';
import type { MenuState } from './actions/rules';

/** The desktop menu's actions (those of the action manifest with a menu place), by id. */
export const MENU_ACTION_IDS = ACTION_MANIFEST.filter((spec) => 'menu' in spec).map(
  (spec) => spec.id,
) as readonly MenuActionId[];

export type MenuActionId = Extract<(typeof ACTION_MANIFEST)[number], { menu: object }>['id'];

export function isMenuActionId(value: unknown): value is MenuActionId {
  return typeof value === 'string' && (MENU_ACTION_IDS as readonly string[]).includes(value);
}

export type { MenuState };

export type Unsubscribe = () => void;

/**
 * The operation was refused or went wrong; `message` is ready to show to the planner, in English
 * or the language the main process knew. `said`, when given, is the same as a catalog message,
 * worded by the page in the editor's language (where the sender does not know it: the preload).
 */
export interface BridgeFailure {
  readonly status: 'failed';
  readonly message: string;
  readonly said?: Message;
}

/**
 * Nothing changes in this window: the planner dismissed a dialog or chose Cancel in the
 * unsaved-changes prompt, or (desktop) the file opened in a window of its own because this one
 * holds a document.
 */
export interface BridgeCanceled {
  readonly status: 'canceled';
}

/** A plan read by the main process and already accepted by the shared loader. */
export interface OpenedFile {
  /** The file's name, e.g. `rack-a.strata` or `rack-a.png`. */
  readonly name: string;
  /** The plan as JSON text (from a PNG: the plan inside it), ready for `loadPlan`. */
  readonly text: string;
  /** Where Save writes from now on; null when Save must ask (e.g. the plan came from a PNG). */
  readonly path: string | null;
}

export type OpenResult =
  { readonly status: 'opened'; readonly file: OpenedFile } | BridgeCanceled | BridgeFailure;

export type SaveResult =
  | { readonly status: 'saved'; readonly name: string; readonly path: string }
  | BridgeCanceled
  | BridgeFailure;

export type ExportResult =
  | { readonly status: 'exported'; readonly name: string; readonly path: string }
  | BridgeCanceled
  | BridgeFailure;

/** Unsaved changes were saved or discarded: the renderer may now replace the plan. */
export type ProceedResult = { readonly status: 'proceed' } | BridgeCanceled;

export interface RecentFile {
  readonly name: string;
  readonly path: string;
}

export interface DocumentState {
  /** The plan's name, shown in the title bar while the plan has never been saved. */
  readonly title: string;
  /** True while the plan has changes that are not saved. */
  readonly dirty: boolean;
}

/** A copy of unsaved work left by a session that ended without saving (a crash). */
export interface RecoveryOffer {
  /** The plan as JSON text. */
  readonly text: string;
  /** The file it was opened from, or null for a plan never saved. */
  readonly name: string | null;
  /** When the copy was written, ISO 8601. */
  readonly savedAt: string;
}

/**
 * A file dropped on the window: pass the DOM `File` from the drop event as it is. The preload
 * asks Electron for its path; a `File` made by script has none and is refused.
 */
export type DroppedFile = object;

export interface StrataBridge {
  /** Settles unsaved changes (Save / Don't Save / Cancel), then shows the Open dialog. */
  openDialog(): Promise<OpenResult>;
  /**
   * Shows the Open dialog and returns the chosen plan file, read and checked like `openDialog`,
   * without making it the window's document (no unsaved prompt, no new window, not in the recent
   * list): a plan to compare with.
   */
  readPlanDialog(): Promise<OpenResult>;
  /** Opens an entry of `listRecent()`; any other path is refused. Settles unsaved changes first. */
  openRecent(path: string): Promise<OpenResult>;
  /** Opens a dropped `.strata`, `.json` or `.png` file. Settles unsaved changes first. */
  openDropped(file: DroppedFile): Promise<OpenResult>;
  listRecent(): Promise<readonly RecentFile[]>;
  /** Settles unsaved changes and makes the document untitled; on `proceed`, start the new plan. */
  newDocument(): Promise<ProceedResult>;
  /** Writes the plan to the document's file (asking for one the first time). */
  save(planJson: string): Promise<SaveResult>;
  saveAs(planJson: string): Promise<SaveResult>;
  /** `bytes` must be a PNG with the plan embedded (see shared/png/pngText.ts). */
  exportPng(bytes: Uint8Array, suggestedName: string): Promise<ExportResult>;
  /** The plan document as JSON text. */
  exportJson(text: string, suggestedName: string): Promise<ExportResult>;
  /** The command line's JSON report. */
  exportReport(text: string, suggestedName: string): Promise<ExportResult>;
  /** An SVG exported by Strata: it must carry a valid plan (shared/draw/svgPlan.ts). */
  exportSvg(text: string, suggestedName: string): Promise<ExportResult>;
  /** The PDF planning report (shared/publish/pdfReport.ts). */
  exportPdf(bytes: Uint8Array, suggestedName: string): Promise<ExportResult>;
  /** Call whenever the name or the unsaved-changes state changes: it drives the title bar. */
  setDocumentState(state: DocumentState): Promise<void>;
  /**
   * Call whenever the editor's action state changes (coalesce it): the desktop menu enables and
   * checks its items from it, and main tells an empty window from one that holds a document.
   */
  setMenuState(state: MenuState): Promise<void>;
  /** Hands over the latest unsaved plan (debounce it); main writes it to disk every few seconds. */
  writeRecovery(planJson: string): Promise<void>;
  /** Discards the recovery copy (e.g. the planner declined to restore it). */
  clearRecovery(): Promise<void>;
  /** The recovery copy found at start, once; null afterwards or when there is none. */
  takeRecovery(): Promise<RecoveryOffer | null>;
  /** The planner restored the offered copy: Save writes back to the file it came from. */
  restoreRecovery(): Promise<void>;
  /** Menu items by id; native text editing is handled before this when a text field has focus. */
  onMenuAction(callback: (actionId: MenuActionId) => void): Unsubscribe;
  /** Plans opened by the OS, the command line, a second launch or the Open Recent menu. */
  onOpenPlan(callback: (file: OpenedFile) => void): Unsubscribe;
  /**
   * Register the provider of the current plan's JSON text. Main calls it when the planner
   * chooses Save in a prompt main shows itself (closing the window, quitting, an OS open).
   */
  onPlanRequested(provider: () => string | null): Unsubscribe;
}

/** The renderer declares `interface Window extends StrataWindow {}` in its own `declare global`. */
export interface StrataWindow {
  readonly strata?: StrataBridge;
}
