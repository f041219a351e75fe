/**
 * Editor state that is not the document and never enters the undo history: selection, gestures
 * in flight, drop feedback, the failure and heat views, theme, panels and messages.
 */
import { createStore, type StoreApi } from 'zustand';
import type { Clipboard, NodeSpec } from '../../shared/edit';
import type { Locale } from '../../shared/i18n/locales';
import { initialLanguage } from './language';

export type Gesture =
  | { readonly kind: 'node-drag'; readonly ids: readonly string[]; readonly cancelled: boolean }
  | { readonly kind: 'palette-drag'; readonly spec: NodeSpec; readonly label: string }
  | { readonly kind: 'link' }
  | null;

/** What a drop here would do: the target (null: the canvas), accepted or refused with the reason. */
export interface DropFeedback {
  readonly targetId: string | null;
  readonly ok: boolean;
  readonly message: string;
}

export type OverlayStatus = 'failed' | 'down' | 'lost' | 'recovered' | 'impacted' | 'heat';

/** How the failure or heat view paints one node. */
export interface NodeOverlay {
  readonly status: OverlayStatus;
  /** 0–5 for the heat view. */
  readonly heat?: number;
  /** A short line on the card: where a VM was restarted, or what its failure loses. */
  readonly note?: string;
}

export type ThemePreference = 'system' | 'light' | 'dark';

export interface Toast {
  readonly id: number;
  readonly kind: 'refused' | 'info';
  readonly text: string;
  /** A way forward the message offers (a button beside it), e.g. making the host a VM lacks. */
  readonly offer?: ToastOffer;
}

export interface ToastOffer {
  readonly label: string;
  readonly perform: () => void;
}

export interface UiState {
  readonly selection: readonly string[];
  readonly selectedLinks: readonly string[];
  readonly gesture: Gesture;
  readonly drop: DropFeedback | null;
  readonly failureMode: boolean;
  /** The node the pointer is on, and the node clicked (kept until another click) in failure mode. */
  readonly failureHover: string | null;
  readonly failurePinned: string | null;
  readonly heatView: boolean;
  /** The Compare view (two scenarios side by side) is open; `showChanges` outlines the changed cards. */
  readonly compare: boolean;
  readonly showChanges: boolean;
  readonly overlay: ReadonlyMap<string, NodeOverlay> | null;
  readonly themePreference: ThemePreference;
  readonly systemDark: boolean;
  readonly minimap: boolean;
  readonly toast: Toast | null;
  readonly clipboard: Clipboard | null;
  readonly examplesMenuOpen: boolean;
  /** Plan ▸ Consolidate…'s dialog is open. */
  readonly consolidateOpen: boolean;
  /** The long job running in the background (a consolidation), or null: another may not start. */
  readonly longJob: string | null;
  /** The find box (Ctrl+F) and the keyboard shortcut sheet (?) are open. */
  readonly findOpen: boolean;
  readonly shortcutsOpen: boolean;
  /** A right-click menu, where the pointer was (client pixels), for a card or the canvas. */
  readonly contextMenu: ContextMenuAt | null;
  /** The language the editor speaks (View ▸ Language; at start the kept choice or the system's). */
  readonly language: Locale;
}

export interface ContextMenuAt {
  readonly x: number;
  readonly y: number;
  readonly place: 'card' | 'canvas';
}

const EMPTY: readonly string[] = [];

export type UiStore = StoreApi<UiState>;

export function createUiStore(): UiStore {
  return createStore<UiState>()(() => ({
    selection: EMPTY,
    selectedLinks: EMPTY,
    gesture: null,
    drop: null,
    failureMode: false,
    failureHover: null,
    failurePinned: null,
    heatView: false,
    compare: false,
    showChanges: false,
    overlay: null,
    themePreference: 'system',
    systemDark: false,
    minimap: true,
    toast: null,
    clipboard: null,
    examplesMenuOpen: false,
    consolidateOpen: false,
    longJob: null,
    findOpen: false,
    shortcutsOpen: false,
    contextMenu: null,
    language: initialLanguage(),
  }));
}

/** The pointer during a drag, for the label beside it (see setDrop). */
export interface PointerState {
  readonly x: number;
  readonly y: number;
}

export type PointerStore = StoreApi<PointerState>;

/**
 * The pointer's store of its own, so that pointer moves wake only the label, not every card
 * watching the drop target.
 */
export function createPointerStore(): PointerStore {
  return createStore<PointerState>()(() => ({ x: 0, y: 0 }));
}

/** The two stores the functions below set. */
export interface UiStores {
  readonly ui: UiStore;
  readonly pointer: PointerStore;
}

export function setSelection(
  { ui }: UiStores,
  ids: readonly string[],
  links: readonly string[] = EMPTY,
): void {
  const state = ui.getState();
  if (sameIds(state.selection, ids) && sameIds(state.selectedLinks, links)) return;
  ui.setState({ selection: ids.length ? ids : EMPTY, selectedLinks: links.length ? links : EMPTY });
}

/** Shows what a drop here would do (null: nothing), updating the drop target only when it changes. */
export function setDrop(
  { ui, pointer }: UiStores,
  drop: DropFeedback | null,
  client?: { readonly x: number; readonly y: number },
): void {
  if (client) pointer.setState({ x: client.x, y: client.y });
  const current = ui.getState().drop;
  if (drop === current) return;
  if (
    drop &&
    current &&
    drop.targetId === current.targetId &&
    drop.ok === current.ok &&
    drop.message === current.message
  )
    return;
  ui.setState({ drop });
}

let toastCounter = 0;

export function showToast(
  { ui }: Pick<UiStores, 'ui'>,
  kind: Toast['kind'],
  text: string,
  offer?: ToastOffer,
): void {
  toastCounter += 1;
  ui.setState({ toast: { id: toastCounter, kind, text, ...(offer ? { offer } : {}) } });
}

export function dismissToast({ ui }: Pick<UiStores, 'ui'>, id: number): void {
  if (ui.getState().toast?.id === id) ui.setState({ toast: null });
}

export function isGestureActive({ ui }: Pick<UiStores, 'ui'>): boolean {
  return ui.getState().gesture !== null;
}

/** The node whose failure is shown: the one pointed at, else the one clicked. */
export function failureTarget(
  ui: Pick<UiState, 'failureMode' | 'failureHover' | 'failurePinned'>,
): string | null {
  if (!ui.failureMode) return null;
  return ui.failureHover ?? ui.failurePinned;
}

export function effectiveTheme(
  state: Pick<UiState, 'themePreference' | 'systemDark'>,
): 'light' | 'dark' {
  if (state.themePreference === 'system') return state.systemDark ? 'dark' : 'light';
  return state.themePreference;
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
