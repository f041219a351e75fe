/**
 * The canvas's viewport commands (fit, zoom, reveal a node), reachable from actions and panels
 * outside the canvas. The canvas registers its React Flow instance when it mounts.
 */
import { getViewportForBounds, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { getPlan } from '../store/planStore';
import { planTree } from '../store/planTree';
import type { PlanLayout } from './layout';
import type { CardNode, LinkEdge } from './flowElements';

type Flow = ReactFlowInstance<CardNode, LinkEdge>;

let flow: Flow | null = null;

export function registerFlow(instance: Flow | null): void {
  flow = instance;
}

const DURATION = 250;
const PADDING = 0.12;
const MIN_ZOOM = 0.05;

export function fitAll(animate = true): void {
  void flow?.fitView({ padding: PADDING, maxZoom: 1, duration: animate ? DURATION : 0 });
}

/**
 * Fits the view to a layout at once, before its nodes are drawn: opening a plan then renders the
 * nodes once, at the zoom they will be seen at, instead of once at the old view and again fitted.
 */
export function fitLayout(layout: PlanLayout): void {
  const viewport = fittedViewport(layout);
  if (flow && viewport) void flow.setViewport(viewport);
}

/** The viewport that fits a layout in the pane (null before the canvas is up, or for no nodes). */
export function fittedViewport(layout: PlanLayout): Viewport | null {
  const pane = document.querySelector('.react-flow');
  if (!flow || !pane || layout.order.length === 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of layout.order) {
    if (node.parentId !== null && layout.boxes.has(node.parentId)) continue;
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    x1 = Math.min(x1, box.x);
    y1 = Math.min(y1, box.y);
    x2 = Math.max(x2, box.x + box.width);
    y2 = Math.max(y2, box.y + box.height);
  }
  const bounds = { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
  return getViewportForBounds(bounds, pane.clientWidth, pane.clientHeight, MIN_ZOOM, 1, PADDING);
}

function parentOf(id: string): string | undefined {
  return planTree(getPlan()).byId.get(id)?.parentId ?? undefined;
}

/** Centres the view on the given nodes (an issue's node, a pasted subtree). */
export function revealNodes(ids: readonly string[]): void {
  if (!flow || ids.length === 0) return;
  const f = flow;
  // A node inside a summary card is not on the canvas: reveal the card that holds it.
  const shown = (id: string): string => {
    let at: string | undefined = id;
    while (at !== undefined && !f.getInternalNode(at)) at = f.getNode(at)?.parentId ?? parentOf(at);
    return at ?? id;
  };
  void flow.fitView({ nodes: ids.map((id) => ({ id: shown(id) })), padding: 0.6, maxZoom: 1.1, duration: DURATION });
}

export function zoomIn(): void {
  void flow?.zoomIn({ duration: 150 });
}

export function zoomOut(): void {
  void flow?.zoomOut({ duration: 150 });
}
