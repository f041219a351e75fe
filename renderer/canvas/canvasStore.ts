/**
 * The React Flow elements, kept apart from the document: rebuilt from the plan and its layout when
 * the plan changes, updated in place (through `applyNodeChanges`) while a drag is in flight.
 */
import { create } from 'zustand';
import type { Plan } from '../../shared/model/plan';
import { getPlan } from '../store/planStore';
import { useUiStore } from '../store/uiStore';
import { buildEdges, buildFlowNodes, withSelection, type CardNode, type LinkEdge } from './flowElements';
import { layoutPlan, type PlanLayout } from './layout';

export interface CanvasState {
  readonly nodes: CardNode[];
  readonly edges: LinkEdge[];
}

export const useCanvasStore = create<CanvasState>()(() => ({ nodes: [], edges: [] }));

const layouts = new WeakMap<Plan, PlanLayout>();

/** The layout of a plan, computed once per plan object. */
export function layoutFor(plan: Plan): PlanLayout {
  let layout = layouts.get(plan);
  if (!layout) {
    layout = layoutPlan(plan);
    layouts.set(plan, layout);
  }
  return layout;
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
  const nodes = buildFlowNodes(plan, layoutFor(plan), state.nodes, new Set(ui.selection));
  const edges = buildEdges(plan, state.edges, new Set(ui.selectedLinks));
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
