/**
 * Plan + layout → React Flow nodes and edges. A node object is rebuilt only when something it
 * shows changed (the plan node, its box, selection, child count), so React Flow re-adopts and
 * re-renders only those; every other object is passed through untouched.
 */
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { NodeKind, PlanNode } from '../../shared/model/nodes';
import type { Link, Plan } from '../../shared/model/plan';
import { isWorkloadNode } from '../../shared/model/planIndex';
import { planTree } from '../../shared/edit/planTree';
import { HANDLE_SIZE, HANDLE_Y } from '../../shared/layout/cardMetrics';
import type { PlanLayout } from '../../shared/layout/planLayout';
import { sameSummary, subtreeSummaries, type SubtreeSummary } from './levelOfDetail';

export interface CardData extends Record<string, unknown> {
  readonly node: PlanNode;
  readonly childCount: number;
  readonly workload: boolean;
  /** Set when the node is drawn as a summary card (its descendants are off the canvas). */
  readonly summary: SubtreeSummary | null;
}

export type CardNode = Node<CardData, NodeKind>;
export type LinkEdge = Edge<{ readonly link: Link }>;

/** Handles sit on the header line: in (target) on the left, out (source) on the right. */
export { HANDLE_SIZE, HANDLE_Y };

function handlesFor(width: number): NodeHandle[] {
  return [
    {
      id: 'in',
      type: 'target',
      position: Position.Left,
      x: -HANDLE_SIZE / 2,
      y: HANDLE_Y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    {
      id: 'out',
      type: 'source',
      position: Position.Right,
      x: width - HANDLE_SIZE / 2,
      y: HANDLE_Y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
  ];
}

const EMPTY: ReadonlySet<string> = new Set();

/** Summaries count descendants by kind: trees of one shape share them, so a field edit reuses them. */
const summariesByShape = new WeakMap<object, ReadonlyMap<string, SubtreeSummary>>();

function summariesFor(plan: Plan): ReadonlyMap<string, SubtreeSummary> {
  const shape = planTree(plan).shape;
  let summaries = summariesByShape.get(shape);
  if (!summaries) {
    summaries = subtreeSummaries(plan);
    summariesByShape.set(shape, summaries);
  }
  return summaries;
}

export function buildFlowNodes(
  plan: Plan,
  layout: PlanLayout,
  previous: readonly CardNode[],
  selected: ReadonlySet<string>,
  collapsed: ReadonlySet<string> = EMPTY,
  shown: readonly string[] | null = null,
): CardNode[] {
  const tree = planTree(plan);
  const prev = new Map(previous.map((n) => [n.id, n]));
  const summaries = collapsed.size > 0 ? summariesFor(plan) : null;
  const out: CardNode[] = [];
  const count = shown ? shown.length : layout.order.length;
  for (let i = 0; i < count; i += 1) {
    const node = shown ? tree.byId.get(shown[i] ?? '') : layout.order[i];
    if (!node) continue;
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    const childCount = tree.childrenOf(node.id).length;
    // From the node's children, not the engine's index: opening a plan draws its cards before the
    // index is built (the figures follow once they have painted).
    const workload = isWorkloadNode(node, tree.childrenOf(node.id));
    const isSelected = selected.has(node.id);
    const parentId =
      node.parentId !== null && tree.byId.has(node.parentId) ? node.parentId : undefined;
    const old = prev.get(node.id);
    const fresh = collapsed.has(node.id) ? (summaries?.get(node.id) ?? null) : null;
    const oldSummary = old?.data.summary ?? null;
    const summary = fresh && oldSummary && sameSummary(fresh, oldSummary) ? oldSummary : fresh;
    const sameData =
      old !== undefined &&
      old.data.node === node &&
      old.data.childCount === childCount &&
      old.data.workload === workload &&
      oldSummary === summary;
    if (
      old &&
      sameData &&
      old.position.x === box.x &&
      old.position.y === box.y &&
      old.width === box.width &&
      old.height === box.height &&
      old.parentId === parentId &&
      Boolean(old.selected) === isSelected &&
      !old.dragging
    ) {
      out.push(old);
      continue;
    }
    const flowNode: CardNode = {
      id: node.id,
      type: node.kind,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: sameData ? old.data : { node, childCount, workload, summary },
      selected: isSelected,
      // Known sizes count as measured: fitView and culling work before (or without) mounting.
      measured: { width: box.width, height: box.height },
      handles: handlesFor(box.width),
      connectable: workload,
    };
    if (parentId !== undefined) flowNode.parentId = parentId;
    out.push(flowNode);
  }
  return out;
}

/** Sets `selected` on the nodes whose flag differs; the others keep their identity. */
export function withSelection<T extends { id: string; selected?: boolean }>(
  items: readonly T[],
  selected: ReadonlySet<string>,
): T[] | null {
  let changed = false;
  const out = items.map((item) => {
    const want = selected.has(item.id);
    if (Boolean(item.selected) === want) return item;
    changed = true;
    return { ...item, selected: want };
  });
  return changed ? out : null;
}

const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;
const LINK_Z = 5000;

/** Every link's class; a link of a card being dragged has MOVING_LINK too. */
export const LINK_CLASS = 'strata-link';
const MOVING_LINK = `${LINK_CLASS} strata-link--moving`;

/**
 * Marks the links touching the nodes `moving` (layout.css gives each its own compositing layer: a
 * moving link's box can span most of the view, and repainting the cards under it every frame was
 * half of a drag's raster). Null when no link changes.
 */
export function withMovingLinks(
  edges: readonly LinkEdge[],
  moving: ReadonlySet<string>,
): LinkEdge[] | null {
  let changed = false;
  const out = edges.map((edge) => {
    const className = moving.has(edge.source) || moving.has(edge.target) ? MOVING_LINK : LINK_CLASS;
    if (edge.className === className) return edge;
    changed = true;
    return { ...edge, className };
  });
  return changed ? out : null;
}

/**
 * The links between nodes on the canvas: given the nodes `shown`, a link to any other (inside a
 * collapsed card, or off the canvas) is left out.
 */
export function buildEdges(
  plan: Plan,
  previous: readonly LinkEdge[],
  selected: ReadonlySet<string>,
  shown: ReadonlySet<string> | null = null,
): LinkEdge[] {
  const prev = new Map(previous.map((e) => [e.id, e]));
  const tree = planTree(plan);
  const out: LinkEdge[] = [];
  for (const link of plan.links) {
    // The shown set (the cards in view) is small: asked first, it rules out most links at once.
    if (
      (shown && (!shown.has(link.from) || !shown.has(link.to))) ||
      !tree.byId.has(link.from) ||
      !tree.byId.has(link.to)
    )
      continue;
    const old = prev.get(link.id);
    const isSelected = selected.has(link.id);
    if (
      old &&
      old.data?.link === link &&
      Boolean(old.selected) === isSelected &&
      old.className === LINK_CLASS
    ) {
      out.push(old);
      continue;
    }
    out.push({
      id: link.id,
      source: link.from,
      target: link.to,
      sourceHandle: 'out',
      targetHandle: 'in',
      type: 'link',
      markerEnd: ARROW,
      selected: isSelected,
      // Above every card (cards sit at their depth, a selected one 1000 higher).
      zIndex: LINK_Z,
      className: LINK_CLASS,
      interactionWidth: 10,
      data: { link },
    });
  }
  return out;
}
