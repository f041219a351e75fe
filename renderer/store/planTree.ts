/**
 * The plan as a tree: nodes by id and children in plan order, built once per plan object.
 * It answers the placement rules' PlanLookup and gives the layout its depth-first order.
 */
import type { PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import type { PlanLookup } from '../../shared/rules/placement';

export interface PlanTree extends PlanLookup {
  readonly byId: ReadonlyMap<string, PlanNode>;
  /** Top-level nodes, in plan order (nodes whose parent is missing count as top level). */
  readonly roots: readonly PlanNode[];
  readonly children: ReadonlyMap<string, readonly PlanNode[]>;
}

const EMPTY: readonly PlanNode[] = [];
const cache = new WeakMap<Plan, PlanTree>();

export function planTree(plan: Plan): PlanTree {
  const cached = cache.get(plan);
  if (cached) return cached;
  const byId = new Map<string, PlanNode>();
  for (const node of plan.nodes) byId.set(node.id, node);
  const roots: PlanNode[] = [];
  const children = new Map<string, PlanNode[]>();
  for (const node of plan.nodes) {
    if (node.parentId === null || !byId.has(node.parentId)) {
      roots.push(node);
      continue;
    }
    const list = children.get(node.parentId);
    if (list) list.push(node);
    else children.set(node.parentId, [node]);
  }
  const tree: PlanTree = {
    byId,
    roots,
    children,
    getNode: (id) => byId.get(id),
    childrenOf: (id) => children.get(id) ?? EMPTY,
  };
  cache.set(plan, tree);
  return tree;
}

/** The ids of the given nodes and all their descendants, parents before children. */
export function subtreeIds(tree: PlanTree, rootIds: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id) || !tree.byId.has(id)) return;
    seen.add(id);
    out.push(id);
    for (const child of tree.childrenOf(id)) visit(child.id);
  };
  for (const id of rootIds) visit(id);
  return out;
}

/** Of the given ids, those with no ancestor also among them (the roots of a selection). */
export function selectionRoots(tree: PlanTree, ids: Iterable<string>): string[] {
  const set = new Set(ids);
  const roots: string[] = [];
  for (const id of set) {
    let parent = tree.byId.get(id)?.parentId ?? null;
    let covered = false;
    while (parent !== null) {
      if (set.has(parent)) {
        covered = true;
        break;
      }
      parent = tree.byId.get(parent)?.parentId ?? null;
    }
    if (!covered && tree.byId.has(id)) roots.push(id);
  }
  return roots;
}
