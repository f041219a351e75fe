/**
 * The canvas's viewport commands (fit, zoom, reveal a node), reachable from actions and panels
 * outside the canvas. One per canvas: the canvas registers its React Flow instance when it mounts.
 */
import { getViewportForBounds, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import type { View } from '../../shared/model/plan';
import { getPlan, type EditorStores } from '../store/editorStores';
import type { CanvasModel } from './canvasStore';
import { absoluteBox, type PlanLayout, type Rect } from '../../shared/layout/planLayout';
import { intersects } from './levelOfDetail';
import { fitZoom, READABLE_ZOOM, readableTarget } from './readableFit';
import type { CardNode, LinkEdge } from './flowElements';

type Flow = ReactFlowInstance<CardNode, LinkEdge>;

const DURATION = 250;
const PADDING = 0.12;
const REVEAL_PADDING = 0.6;
const REVEAL_MAX_ZOOM = 1.1;
/** Pixels kept between the pane's edge and a focused node too large to centre. */
const FOCUS_MARGIN = 40;
/** The canvas's zoom limits (Canvas.tsx gives them to React Flow). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;

export interface ViewportModel {
  /** The canvas's React Flow instance (null: unmounted). */
  register(instance: Flow | null): void;
  /** Calls `listener` each time a React Flow instance is registered (the canvas is up). */
  onReady(listener: () => void): void;
  /**
   * Fits the whole plan in view. From the layout, not React Flow's nodes: on a large plan the canvas
   * holds only the nodes around the view (levelOfDetail.ts).
   */
  fitAll(animate?: boolean): void;
  /** The view as it is now, as a file saves it (null before the canvas is up). */
  currentView(): View | null;
  /**
   * The view a plan opens at: the one saved in its file, as the planner left it, unless that view
   * would show none of the plan (a file written by another tool, or a plan moved since); else fitted.
   */
  openingViewport(layout: PlanLayout, saved: View | undefined): Viewport | null;
  /**
   * Sets the view at once (no animation) before a plan's nodes are drawn: opening a plan then renders
   * its nodes once, at the zoom they will be seen at, instead of once at the old view and again.
   */
  showViewport(viewport: Viewport | null): void;
  /** The viewport that fits a layout in the pane (null before the canvas is up, or for no nodes). */
  fittedViewport(layout: PlanLayout): Viewport | null;
  /**
   * Centres the view on the given nodes (an issue's node, a pasted subtree); a node inside a summary
   * card is shown by the card that holds it. From the layout, as fitAll.
   */
  revealNodes(ids: readonly string[]): void;
  /**
   * Shows one node itself at a readable zoom (READABLE_ZOOM to REVEAL_MAX_ZOOM): centred, or, when
   * it is larger than the pane at that zoom, its top-left corner (where its name is). Find uses it.
   */
  focusNode(id: string): void;
  /** Zoom to 100 %, about the pane's centre. */
  zoomReset(): void;
  zoomIn(): void;
  zoomOut(): void;
}

export function createViewport(
  stores: Pick<EditorStores, 'plan'>,
  canvas: Pick<CanvasModel, 'layoutFor' | 'cardHolding'>,
): ViewportModel {
  let flow: Flow | null = null;
  const listeners: (() => void)[] = [];
  const fittedViewport = (layout: PlanLayout): Viewport | null => {
    const pane = paneSize();
    const bounds = planBounds(layout);
    if (!flow || !pane || !bounds) return null;
    return getViewportForBounds(bounds.all, pane.width, pane.height, MIN_ZOOM, 1, PADDING);
  };
  return {
    register(instance) {
      flow = instance;
      if (instance) for (const listener of listeners) listener();
    },
    onReady(listener) {
      listeners.push(listener);
    },
    fitAll(animate = true) {
      const viewport = fittedViewport(canvas.layoutFor(getPlan(stores)));
      if (flow && viewport) void flow.setViewport(viewport, { duration: animate ? DURATION : 0 });
    },
    currentView() {
      if (!flow) return null;
      const { x, y, zoom } = flow.getViewport();
      // Rounded: a file says -143.68, not -143.67999999999995 (a hundredth of a pixel either way).
      return {
        x: Math.round(x * 100) / 100,
        y: Math.round(y * 100) / 100,
        zoom: Math.round(zoom * 1e6) / 1e6,
      };
    },
    openingViewport(layout, saved) {
      const pane = paneSize();
      if (saved && pane && saved.zoom >= MIN_ZOOM && saved.zoom <= MAX_ZOOM) {
        const seen = {
          x: -saved.x / saved.zoom,
          y: -saved.y / saved.zoom,
          width: pane.width / saved.zoom,
          height: pane.height / saved.zoom,
        };
        const bounds = planBounds(layout);
        if (bounds && bounds.roots.some((root) => intersects(seen, root)))
          return { x: saved.x, y: saved.y, zoom: saved.zoom };
      }
      // The first view is readable: the whole plan if it fits at READABLE_ZOOM, else its largest card.
      const bounds = planBounds(layout);
      if (!flow || !pane || !bounds) return null;
      const target = readableTarget(bounds.all, bounds.roots, pane, PADDING);
      return getViewportForBounds(target, pane.width, pane.height, READABLE_ZOOM, 1, PADDING);
    },
    showViewport(viewport) {
      if (flow && viewport) void flow.setViewport(viewport);
    },
    fittedViewport,
    revealNodes(ids) {
      const pane = paneSize();
      if (!flow || !pane || ids.length === 0) return;
      const layout = canvas.layoutFor(getPlan(stores));
      const boxes = ids
        .map((id) => absoluteBox(layout, canvas.cardHolding(id)))
        .filter((box): box is Rect => box !== undefined);
      if (boxes.length === 0) return;
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      const bounds = {
        x,
        y,
        width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
        height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
      };
      void flow.setViewport(
        getViewportForBounds(
          bounds,
          pane.width,
          pane.height,
          MIN_ZOOM,
          REVEAL_MAX_ZOOM,
          REVEAL_PADDING,
        ),
        { duration: DURATION },
      );
    },
    focusNode(id) {
      const pane = paneSize();
      const box = absoluteBox(canvas.layoutFor(getPlan(stores)), id);
      if (!flow || !pane || !box) return;
      const zoom = Math.max(READABLE_ZOOM, Math.min(fitZoom(box, pane, REVEAL_PADDING), REVEAL_MAX_ZOOM));
      const axis = (start: number, size: number, room: number): number =>
        size * zoom <= room - 2 * FOCUS_MARGIN
          ? room / 2 - (start + size / 2) * zoom
          : FOCUS_MARGIN - start * zoom;
      void flow.setViewport(
        {
          x: axis(box.x, box.width, pane.width),
          y: axis(box.y, box.height, pane.height),
          zoom,
        },
        { duration: DURATION },
      );
    },
    zoomReset() {
      void flow?.zoomTo(1, { duration: 150 });
    },
    zoomIn() {
      void flow?.zoomIn({ duration: 150 });
    },
    zoomOut() {
      void flow?.zoomOut({ duration: 150 });
    },
  };
}

function paneSize(): { width: number; height: number } | null {
  if (typeof document === 'undefined') return null;
  const pane = document.querySelector('.react-flow');
  return pane ? { width: pane.clientWidth, height: pane.clientHeight } : null;
}

type PlanBounds = { all: Rect; roots: Rect[] } | null;

/** Per layout: the opening view asks twice, and a 100,000-node layout is a pass over every node. */
const boundsOf = new WeakMap<PlanLayout, PlanBounds>();

/** The top-level boxes of a layout and the rectangle around them (null for no nodes). */
function planBounds(layout: PlanLayout): PlanBounds {
  if (boundsOf.has(layout)) return boundsOf.get(layout) ?? null;
  const bounds = planBoundsFresh(layout);
  boundsOf.set(layout, bounds);
  return bounds;
}

function planBoundsFresh(layout: PlanLayout): PlanBounds {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const roots: Rect[] = [];
  for (const node of layout.order) {
    if (node.parentId !== null && layout.boxes.has(node.parentId)) continue;
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    roots.push(box);
    x1 = Math.min(x1, box.x);
    y1 = Math.min(y1, box.y);
    x2 = Math.max(x2, box.x + box.width);
    y2 = Math.max(y2, box.y + box.height);
  }
  return roots.length === 0
    ? null
    : { all: { x: x1, y: y1, width: x2 - x1, height: y2 - y1 }, roots };
}
