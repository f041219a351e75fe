/**
 * The canvas's level of detail (UI state, never recorded): the level the zoom chose, and the
 * cards expanded or collapsed by hand since it last changed. See levelOfDetail.ts.
 */
import { create } from 'zustand';
import { getPlan } from '../store/planStore';
import { planTree } from '../store/planTree';
import { useUiStore } from '../store/uiStore';
import type { Rect } from '../../shared/layout/layout';
import { canToggle, contains, levelForZoom, OFFSCREEN_FROM, regionAround, type DetailLevel, type Overrides } from './levelOfDetail';

export interface LodState {
  readonly level: DetailLevel;
  readonly overrides: Overrides;
  /** At full detail on a large plan: the region kept on the canvas (nodes wholly outside are left off). */
  readonly region: Rect | null;
}

const NONE: Overrides = new Map();

export const useLodStore = create<LodState>()(() => ({ level: 'full', overrides: NONE, region: null }));

/** The viewport as React Flow holds it: translation, zoom, and the pane's size in pixels. */
export interface ViewState {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

let lastView: ViewState | null = null;

/**
 * The viewport changed: switch level when the zoom crosses a threshold (hand-made choices are
 * dropped then); at full detail on a large plan, move the region on the canvas once the view leaves it.
 * Nothing moves while a gesture is in flight (a drag's nodes must keep their objects).
 */
export function followView(view: ViewState): void {
  lastView = view;
  if (useUiStore.getState().gesture !== null) return;
  const state = useLodStore.getState();
  const level = levelForZoom(view.zoom, state.level);
  const region = level === 'full' && getPlan().nodes.length >= OFFSCREEN_FROM ? regionFor(view, state.region) : null;
  if (level !== state.level) useLodStore.setState({ level, overrides: NONE, region });
  else if (region !== state.region) useLodStore.setState({ region });
}

/** Re-applies the last viewport (after a gesture, or when the plan changed size). */
export function refollowView(): void {
  if (lastView) followView(lastView);
}

function regionFor(view: ViewState, current: Rect | null): Rect | null {
  if (view.width <= 0 || view.height <= 0 || view.zoom <= 0) return null;
  const seen = { x: -view.x / view.zoom, y: -view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
  return current && contains(current, seen) ? current : regionAround(seen);
}

/**
 * A plan of `nodeCount` nodes is being opened at this view: start from the level (and, for a large
 * plan, the region on the canvas) it calls for, nothing overridden, before its cards are built.
 */
export function resetLod(view: { x: number; y: number; zoom: number } | null, nodeCount: number): void {
  const zoom = view?.zoom ?? 1;
  const level = levelForZoom(zoom, 'full');
  const pane = lastView ?? { width: 0, height: 0 };
  const region = view && level === 'full' && nodeCount >= OFFSCREEN_FROM ? regionFor({ ...view, width: pane.width, height: pane.height }, null) : null;
  useLodStore.setState({ level, overrides: NONE, region });
}

/** Double-click: a summary card expands, an expanded site or server collapses. */
export function toggleCollapsed(id: string, collapsedNow: boolean): boolean {
  if (!canToggle(planTree(getPlan()), id)) return false;
  const overrides = new Map(useLodStore.getState().overrides);
  overrides.set(id, !collapsedNow);
  useLodStore.setState({ overrides });
  return true;
}
