/**
 * The React Flow elements, kept apart from the document: rebuilt from the plan and its layout when
 * the plan changes, updated in place (through `applyNodeChanges`) while a drag is in flight.
 */
import { create } from 'zustand';
import type { Plan } from '../../shared/model/plan';
import { getPlan } from '../store/planStore';
import { planTree } from '../store/planTree';
import { useUiStore } from '../store/uiStore';
import { buildEdges, buildFlowNodes, withSelection, type CardNode, type LinkEdge } from './flowElements';
import { layoutPlan, type PlanLayout } from './layout';
import { collapsedIds, hiddenIds } from './levelOfDetail';
import { useLodStore } from './lodStore';

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
    layout = lastLaidOut && sameStructure(lastLaidOut.plan, plan) ? relabel(lastLaidOut.layout, plan) : layoutPlan(plan);
    layouts.set(plan, layout);
  }
  lastLaidOut = { plan, layout };
  return layout;
}

/** Whether two plans have the same tree, in the same order, with top-level nodes at the same places. */
export function sameStructure(a: Plan, b: Plan): boolean {
  if (a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i += 1) {
    const x = a.nodes[i];
    const y = b.nodes[i];
    if (x === y) continue;
    if (!x || !y || x.id !== y.id || x.kind !== y.kind || x.parentId !== y.parentId) return false;
    if (x.position?.x !== y.position?.x || x.position?.y !== y.position?.y) return false;
  }
  return true;
}

/** The same boxes, with the new plan's node objects in the order. */
function relabel(layout: PlanLayout, plan: Plan): PlanLayout {
  const byId = planTree(plan).byId;
  return { ...layout, order: layout.order.map((n) => byId.get(n.id) ?? n) };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Rebuilds nodes and edges from the current plan, reusing every object that did not change. */
export function rebuildCanvas(): void {
  const plan = getPlan();
  const ui = useUiStore.getState();
  const state = useCanvasStore.getState();
  const lod = useLodStore.getState();
  const tree = planTree(plan);
  const layout = layoutFor(plan);
  const boxOf = (id: string) => {
    const at = layout.absolute.get(id);
    const box = layout.boxes.get(id);
    return at && box ? { x: at.x, y: at.y, width: box.width, height: box.height } : undefined;
  };
  const collapsed = collapsedIds(tree, lod.level, lod.overrides, lod.region, boxOf);
  const hidden = hiddenIds(tree, collapsed);
  const nodes = buildFlowNodes(plan, layout, state.nodes, new Set(ui.selection), collapsed, hidden);
  const edges = buildEdges(plan, state.edges, new Set(ui.selectedLinks), hidden);
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
