/**
 * The React Flow elements, kept apart from the document: rebuilt from the plan and its layout when
 * the plan changes, updated in place (through `applyNodeChanges`) while a drag is in flight.
 */
import { createStore, type StoreApi } from 'zustand';
import type { PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { changedNodes } from '../../shared/model/planIndexDerive';
import { sameStructure } from '../../shared/layout/sameStructure';
import { planTree, type PlanTree } from '../../shared/edit/planTree';
import { afterPaint } from '../store/afterPaint';
import { preparedFor } from '../store/prepared';
import { getPlan, type EditorStores } from '../store/editorStores';
import {
  buildEdges,
  buildFlowNodes,
  withMovingLinks,
  withSelection,
  type CardNode,
  type LinkEdge,
} from './flowElements';
import { absoluteBox, layoutPlan, type PlanLayout } from '../../shared/layout/planLayout';
import { collapsedIds, shownNodes, type Shown } from './levelOfDetail';
import type { Lod, LodState } from './lodStore';

export interface CanvasState {
  readonly nodes: CardNode[];
  readonly edges: LinkEdge[];
  /**
   * The plan the elements were built from (null before the first rebuild). After a move on a large
   * plan the cards wait for the figures' paint (connect.ts): what draws them (the links' routes)
   * reads this plan and its layout, not the newer one.
   */
  readonly plan: Plan | null;
}

/** The canvas of one plan being edited: its elements, and the caches they are rebuilt from. */
export interface CanvasModel {
  readonly store: StoreApi<CanvasState>;
  /**
   * The layout of a plan, computed once per plan object. An edit that leaves the tree as it was
   * (same ids, kinds, parents, order and top-level positions: a field changed) reuses the last
   * layout's boxes instead of laying out the whole plan again.
   */
  layoutFor(plan: Plan): PlanLayout;
  /** Rebuilds nodes and edges from the current plan, reusing every object that did not change. */
  rebuild(): void;
  /** Mirrors the selection into the elements' `selected` flags. */
  syncSelectionFlags(): void;
  /** Marks the links of the nodes a drag is moving, and unmarks them when it ends. */
  syncMovingLinks(): void;
  /**
   * Runs `work` (several store updates: a plan opened with its level of detail) and rebuilds the
   * elements once, after it, instead of after each update.
   */
  withOneRebuild(work: () => void): void;
  /**
   * Holds every rebuild until the returned release is called (a document whose canvas is not
   * mounted yet: its first rebuild waits for the view it will be seen at).
   */
  hold(): () => void;
  /**
   * Rebuilds the elements once the frame that shows the edit's figures has painted and the main
   * thread is idle (at most 100 ms later), from whatever plan is current by then: several calls
   * before it make one rebuild. See renderer/document/connect.ts for when the canvas may wait.
   */
  rebuildAfterPaint(): void;
  /** Whether a rebuild is waiting for the paint (rebuildAfterPaint): a drop's end leaves it to it. */
  rebuildPending(): boolean;
  /**
   * The node that shows `id` on the canvas: itself, or the outermost collapsed card holding it
   * (whether or not it is near the view).
   */
  cardHolding(id: string): string;
  /** How many times the elements were rebuilt and changed (tests and measurements). */
  readonly rebuilds: () => number;
}

export { sameStructure };

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

/**
 * The summary cards and the nodes on the canvas. Both depend only on the tree's shape, the level
 * of detail and the boxes, so an edit of fields reuses the last one.
 */
function detailFor(last: Detail | null, tree: PlanTree, layout: PlanLayout, lod: LodState): Detail {
  if (
    last &&
    last.shape === tree.shape &&
    last.absolute === layout.absolute &&
    last.lod.level === lod.level &&
    last.lod.overrides === lod.overrides &&
    last.lod.region === lod.region
  )
    return last;
  const collapsed = collapsedIds(tree, lod.level, lod.overrides);
  const shown = shownNodes(tree, collapsed, lod.region, (id) => absoluteBox(layout, id));
  return { shape: tree.shape, lod, absolute: layout.absolute, collapsed, shown };
}

interface EdgeInputs {
  readonly links: Plan['links'];
  readonly shape: object;
  readonly shown: ReadonlySet<string>;
  readonly selected: readonly string[];
  readonly edges: LinkEdge[];
}

/** The edges, or the current ones when nothing they show changed (the usual field edit). */
function edgesFor(
  last: EdgeInputs | null,
  plan: Plan,
  tree: PlanTree,
  shown: ReadonlySet<string>,
  current: LinkEdge[],
  selected: readonly string[],
): EdgeInputs {
  if (
    last &&
    last.edges === current &&
    last.links === plan.links &&
    last.shape === tree.shape &&
    last.shown === shown &&
    last.selected === selected
  )
    return last;
  const edges = buildEdges(plan, current, new Set(selected), shown);
  return {
    links: plan.links,
    shape: tree.shape,
    shown,
    selected,
    edges: sameItems(edges, current) ? current : edges,
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

const NONE: ReadonlySet<string> = new Set();

export function createCanvas(stores: Pick<EditorStores, 'plan' | 'ui'>, lod: Lod): CanvasModel {
  const store = createStore<CanvasState>()(() => ({ nodes: [], edges: [], plan: null }));
  const layouts = new WeakMap<Plan, PlanLayout>();
  let lastLaidOut: { readonly plan: Plan; readonly layout: PlanLayout } | null = null;
  let lastDetail: Detail | null = null;
  let lastEdges: EdgeInputs | null = null;
  let held = 0;
  let rebuildPending = false;
  let rebuilds = 0;

  const layoutFor = (plan: Plan): PlanLayout => {
    let layout = layouts.get(plan);
    if (!layout) {
      layout =
        preparedFor(plan)?.layout ??
        (lastLaidOut && sameStructure(lastLaidOut.plan, plan)
          ? relabel(lastLaidOut.layout, lastLaidOut.plan, plan)
          : layoutPlan(plan));
      layouts.set(plan, layout);
    }
    lastLaidOut = { plan, layout };
    return layout;
  };

  const rebuild = (): void => {
    if (held > 0) return;
    const plan = getPlan(stores);
    const ui = stores.ui.getState();
    const state = store.getState();
    const tree = planTree(plan);
    const layout = layoutFor(plan);
    lastDetail = detailFor(lastDetail, tree, layout, lod.store.getState());
    const { collapsed, shown } = lastDetail;
    const nodes = buildFlowNodes(
      plan,
      layout,
      state.nodes,
      new Set(ui.selection),
      collapsed,
      shown.ids,
    );
    lastEdges = edgesFor(lastEdges, plan, tree, shown.set, state.edges, ui.selectedLinks);
    const edges = lastEdges.edges;
    const nodesSame = sameItems(nodes, state.nodes);
    const edgesSame = sameItems(edges, state.edges);
    if (nodesSame && edgesSame) {
      if (state.plan !== plan) store.setState({ plan });
      return;
    }
    rebuilds += 1;
    store.setState({
      nodes: nodesSame ? state.nodes : nodes,
      edges: edgesSame ? state.edges : edges,
      plan,
    });
  };

  return {
    store,
    layoutFor,
    rebuild,
    syncSelectionFlags() {
      // A held rebuild builds the flags with the elements.
      if (held > 0) return;
      const ui = stores.ui.getState();
      const state = store.getState();
      const nodes = withSelection(state.nodes, new Set(ui.selection));
      const edges = withSelection(state.edges, new Set(ui.selectedLinks));
      if (!nodes && !edges) return;
      store.setState({ nodes: nodes ?? state.nodes, edges: edges ?? state.edges });
    },
    syncMovingLinks() {
      const gesture = stores.ui.getState().gesture;
      const moving = gesture?.kind === 'node-drag' ? new Set(gesture.ids) : NONE;
      const edges = withMovingLinks(store.getState().edges, moving);
      if (edges) store.setState({ edges });
    },
    withOneRebuild(work) {
      held += 1;
      try {
        work();
      } finally {
        held -= 1;
        if (held === 0) rebuild();
      }
    },
    hold() {
      held += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held -= 1;
      };
    },
    rebuildAfterPaint() {
      if (rebuildPending) return;
      rebuildPending = true;
      afterPaint(
        () => {
          rebuildPending = false;
          // A drag's cards must keep their objects; its end rebuilds them anyway.
          if (stores.ui.getState().gesture?.kind !== 'node-drag') rebuild();
        },
        { then: 'idle', idleWithinMs: 100 },
      );
    },
    rebuildPending: () => rebuildPending,
    cardHolding(id) {
      const collapsed = lastDetail?.collapsed;
      if (!collapsed || collapsed.size === 0) return id;
      const byId = planTree(getPlan(stores)).byId;
      let shown = id;
      for (
        let at = byId.get(id)?.parentId ?? null;
        at !== null;
        at = byId.get(at)?.parentId ?? null
      ) {
        if (collapsed.has(at)) shown = at;
      }
      return shown;
    },
    rebuilds: () => rebuilds,
  };
}
