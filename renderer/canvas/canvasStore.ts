/**
 * The React Flow elements, kept apart from the document: rebuilt from the plan and its layout when
 * the plan changes, updated in place (through `applyNodeChanges`) while a drag is in flight.
 */
import { create } from 'zustand';
import type { PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { changedNodes } from '../../shared/model/planIndexDerive';
import { afterPaint } from '../store/afterPaint';
import { getPlan } from '../store/planStore';
import { planTree, type PlanTree } from '../store/planTree';
import { useUiStore } from '../store/uiStore';
import { buildEdges, buildFlowNodes, withMovingLinks, withSelection, type CardNode, type LinkEdge } from './flowElements';
import { absoluteBox, layoutPlan, type PlanLayout } from '../../shared/layout/layout';
import { collapsedIds, shownNodes, type Shown } from './levelOfDetail';
import { useLodStore, type LodState } from './lodStore';

export interface CanvasState {
  readonly nodes: CardNode[];
  readonly edges: LinkEdge[];
}

export const useCanvasStore = create<CanvasState>()(() => ({ nodes: [], edges: [] }));

const layouts = new WeakMap<Plan, PlanLayout>();
let lastLaidOut: { readonly plan: Plan; readonly layout: PlanLayout } | null = null;

/**
 * The layout of a plan, computed once per plan object. An edit that leaves the tree as it was
 * (same ids, kinds, parents, order and top-level positions: a field changed) reuses the last
 * layout's boxes instead of laying out the whole plan again.
 */
export function layoutFor(plan: Plan): PlanLayout {
  let layout = layouts.get(plan);
  if (!layout) {
    layout = lastLaidOut && sameStructure(lastLaidOut.plan, plan) ? relabel(lastLaidOut.layout, lastLaidOut.plan, plan) : layoutPlan(plan, planTree(plan));
    layouts.set(plan, layout);
  }
  lastLaidOut = { plan, layout };
  return layout;
}

/** Whether two plans have the same tree, in the same order, with top-level nodes at the same places. */
export function sameStructure(a: Plan, b: Plan): boolean {
  const changed = changedNodes(a.nodes, b.nodes);
  if (changed === null) return false;
  for (const i of changed) {
    const x = a.nodes[i];
    const y = b.nodes[i];
    if (x?.position?.x !== y?.position?.x || x?.position?.y !== y?.position?.y) return false;
  }
  return true;
}

/** Each node's place in a layout's order, by id: kept with the boxes, which field edits keep. */
const orderPlaces = new WeakMap<PlanLayout['boxes'], ReadonlyMap<string, number>>();

function placesIn(layout: PlanLayout): ReadonlyMap<string, number> {
  let places = orderPlaces.get(layout.boxes);
  if (!places) {
    places = new Map(layout.order.map((n, i) => [n.id, i]));
    orderPlaces.set(layout.boxes, places);
  }
  return places;
}

/** The same boxes, with the new plan's node objects in the order (`before` is the layout's plan). */
function relabel(layout: PlanLayout, before: Plan, plan: Plan): PlanLayout {
  const changed = changedNodes(before.nodes, plan.nodes);
  const places = placesIn(layout);
  if (!changed || places.size !== plan.nodes.length) {
    const byId = planTree(plan).byId;
    return { ...layout, order: layout.order.map((n) => byId.get(n.id) ?? n) };
  }
  const order = layout.order.slice();
  for (const i of changed) {
    const node = plan.nodes[i] as PlanNode;
    const at = places.get(node.id);
    if (at !== undefined) order[at] = node;
  }
  return { ...layout, order };
}

interface Detail {
  readonly shape: object;
  readonly lod: LodState;
  readonly absolute: PlanLayout['absolute'];
  readonly collapsed: ReadonlySet<string>;
  readonly shown: Shown;
}

let lastDetail: Detail | null = null;

/**
 * The summary cards and the nodes on the canvas. Both depend only on the tree's shape, the level
 * of detail and the boxes, so an edit of fields reuses the last ones.
 */
function detailFor(tree: PlanTree, layout: PlanLayout, lod: LodState): Detail {
  const last = lastDetail;
  if (last && last.shape === tree.shape && last.absolute === layout.absolute && last.lod.level === lod.level && last.lod.overrides === lod.overrides && last.lod.region === lod.region) return last;
  const collapsed = collapsedIds(tree, lod.level, lod.overrides);
  const shown = shownNodes(tree, collapsed, lod.region, (id) => absoluteBox(layout, id));
  lastDetail = { shape: tree.shape, lod, absolute: layout.absolute, collapsed, shown };
  return lastDetail;
}

/**
 * The node that shows `id` on the canvas: itself, or the outermost collapsed card holding it
 * (whether or not it is near the view).
 */
export function cardHolding(id: string): string {
  const collapsed = lastDetail?.collapsed;
  if (!collapsed || collapsed.size === 0) return id;
  const byId = planTree(getPlan()).byId;
  let shown = id;
  for (let at = byId.get(id)?.parentId ?? null; at !== null; at = byId.get(at)?.parentId ?? null) {
    if (collapsed.has(at)) shown = at;
  }
  return shown;
}

interface EdgeInputs {
  readonly links: Plan['links'];
  readonly shape: object;
  readonly shown: ReadonlySet<string>;
  readonly selected: readonly string[];
  readonly edges: LinkEdge[];
}

let lastEdges: EdgeInputs | null = null;

/** The edges, or the current ones when nothing they show changed (the usual field edit). */
function edgesFor(plan: Plan, tree: PlanTree, shown: ReadonlySet<string>, current: LinkEdge[], selected: readonly string[]): LinkEdge[] {
  const last = lastEdges;
  if (last && last.edges === current && last.links === plan.links && last.shape === tree.shape && last.shown === shown && last.selected === selected) return current;
  const edges = buildEdges(plan, current, new Set(selected), shown);
  lastEdges = { links: plan.links, shape: tree.shape, shown, selected, edges: sameItems(edges, current) ? current : edges };
  return lastEdges.edges;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Rebuilds nodes and edges from the current plan, reusing every object that did not change. */
export function rebuildCanvas(): void {
  if (held > 0) return;
  const plan = getPlan();
  const ui = useUiStore.getState();
  const state = useCanvasStore.getState();
  const lod = useLodStore.getState();
  const tree = planTree(plan);
  const layout = layoutFor(plan);
  const { collapsed, shown } = detailFor(tree, layout, lod);
  const nodes = buildFlowNodes(plan, layout, state.nodes, new Set(ui.selection), collapsed, shown.ids);
  const edges = edgesFor(plan, tree, shown.set, state.edges, ui.selectedLinks);
  const nodesSame = sameItems(nodes, state.nodes);
  const edgesSame = sameItems(edges, state.edges);
  if (nodesSame && edgesSame) return;
  useCanvasStore.setState({ nodes: nodesSame ? state.nodes : nodes, edges: edgesSame ? state.edges : edges });
}

/** Mirrors the selection into the elements' `selected` flags. */
export function syncSelectionFlags(): void {
  const ui = useUiStore.getState();
  const state = useCanvasStore.getState();
  const nodes = withSelection(state.nodes, new Set(ui.selection));
  const edges = withSelection(state.edges, new Set(ui.selectedLinks));
  if (!nodes && !edges) return;
  useCanvasStore.setState({ nodes: nodes ?? state.nodes, edges: edges ?? state.edges });
}

const NONE: ReadonlySet<string> = new Set();

/** Marks the links of the nodes a drag is moving, and unmarks them when it ends. */
export function syncMovingLinks(): void {
  const gesture = useUiStore.getState().gesture;
  const moving = gesture?.kind === 'node-drag' ? new Set(gesture.ids) : NONE;
  const edges = withMovingLinks(useCanvasStore.getState().edges, moving);
  if (edges) useCanvasStore.setState({ edges });
}

let held = 0;

/**
 * Runs `work` (several store updates: a plan opened with its level of detail) and rebuilds the
 * elements once, after it, instead of after each update.
 */
export function withOneRebuild(work: () => void): void {
  held += 1;
  try {
    work();
  } finally {
    held -= 1;
    if (held === 0) rebuildCanvas();
  }
}

let rebuildPending = false;

/**
 * Rebuilds the elements once the frame that shows the edit's figures has painted and the main
 * thread is idle (at most 100 ms later), from whatever plan is current by then: several calls
 * before it make one rebuild. See app/wiring.ts for when the canvas may wait.
 */
export function rebuildCanvasAfterPaint(): void {
  if (rebuildPending) return;
  rebuildPending = true;
  afterPaint(
    () => {
      rebuildPending = false;
      // A drag's cards must keep their objects; its end rebuilds them anyway.
      if (useUiStore.getState().gesture?.kind !== 'node-drag') rebuildCanvas();
    },
    { then: 'idle', idleWithinMs: 100 },
  );
}
