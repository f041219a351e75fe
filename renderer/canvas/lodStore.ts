/**
 * The canvas's level of detail (UI state, never recorded): the level the zoom chose, and the
 * cards expanded or collapsed by hand since it last changed. See levelOfDetail.ts.
 */
import { createStore, type StoreApi } from 'zustand';
import { planTree } from '../../shared/edit/planTree';
import { getPlan, type EditorStores } from '../store/editorStores';
import type { Rect } from '../../shared/layout/planLayout';
import {
  canToggle,
  contains,
  levelForZoom,
  OFFSCREEN_FROM,
  regionAround,
  type DetailLevel,
  type Overrides,
} from './levelOfDetail';

export interface LodState {
  readonly level: DetailLevel;
  readonly overrides: Overrides;
  /** At full detail on a large plan: the region kept on the canvas (nodes wholly outside are left off). */
  readonly region: Rect | null;
}

const NONE: Overrides = new Map();

/** The viewport as React Flow holds it: translation, zoom, and the pane's size in pixels. */
export interface ViewState {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

export interface Lod {
  readonly store: StoreApi<LodState>;
  /**
   * The viewport changed: switch level when the zoom crosses a threshold (hand-made choices are
   * dropped then); at full detail on a large plan, move the region on the canvas once the view leaves it.
   * Nothing moves while a gesture is in flight (a drag's nodes must keep their objects).
   */
  followView(view: ViewState): void;
  /** Re-applies the last viewport (after a gesture, or when the plan changed size). */
  refollowView(): void;
  /**
   * A plan of `nodeCount` nodes is being opened at this view: start from the level (and, for a large
   * plan, the region on the canvas) it calls for, nothing overridden, before its cards are built.
   */
  reset(view: { x: number; y: number; zoom: number } | null, nodeCount: number): void;
  /** Double-click: a summary card expands, an expanded site or server collapses. */
  toggleCollapsed(id: string, collapsedNow: boolean): boolean;
  /** Expands every card holding `id` that was collapsed by hand (Find shows the node itself). */
  expandTo(id: string): void;
}

export function createLod(stores: Pick<EditorStores, 'plan' | 'ui'>): Lod {
  const store = createStore<LodState>()(() => ({ level: 'full', overrides: NONE, region: null }));
  let lastView: ViewState | null = null;
  const followView = (view: ViewState): void => {
    lastView = view;
    if (stores.ui.getState().gesture !== null) return;
    const state = store.getState();
    const level = levelForZoom(view.zoom, state.level);
    const region =
      level === 'full' && getPlan(stores).nodes.length >= OFFSCREEN_FROM
        ? regionFor(view, state.region)
        : null;
    if (level !== state.level) store.setState({ level, overrides: NONE, region });
    else if (region !== state.region) store.setState({ region });
  };
  return {
    store,
    followView,
    refollowView: () => {
      if (lastView) followView(lastView);
    },
    reset(view, nodeCount) {
      const zoom = view?.zoom ?? 1;
      const level = levelForZoom(zoom, 'full');
      const pane = lastView ?? { width: 0, height: 0 };
      const region =
        view && level === 'full' && nodeCount >= OFFSCREEN_FROM
          ? regionFor({ ...view, width: pane.width, height: pane.height }, null)
          : null;
      store.setState({ level, overrides: NONE, region });
    },
    toggleCollapsed(id, collapsedNow) {
      if (!canToggle(planTree(getPlan(stores)), id)) return false;
      const overrides = new Map(store.getState().overrides);
      overrides.set(id, !collapsedNow);
      store.setState({ overrides });
      return true;
    },
    expandTo(id) {
      const byId = planTree(getPlan(stores)).byId;
      const current = store.getState().overrides;
      const overrides = new Map(current);
      for (let at = byId.get(id)?.parentId ?? null; at !== null; at = byId.get(at)?.parentId ?? null)
        overrides.set(at, false);
      if ([...overrides].some(([at, collapsed]) => current.get(at) !== collapsed))
        store.setState({ overrides });
    },
  };
}

function regionFor(view: ViewState, current: Rect | null): Rect | null {
  if (view.width <= 0 || view.height <= 0 || view.zoom <= 0) return null;
  const seen = {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: view.width / view.zoom,
    height: view.height / view.zoom,
  };
  return current && contains(current, seen) ? current : regionAround(seen);
}
