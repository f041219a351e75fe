/**
 * The plan as a tree: nodes by id and children in plan order, built once per plan object.
 * It answers the placement rules' PlanLookup and gives the layout its depth-first order.
 */
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { PatchedMap, unstacked } from '../model/patchedMap';
import { changedNodes } from '../model/planIndexDerive';
import type { PlanLookup } from '../rules/placement';

export interface PlanTree extends PlanLookup {
  /** Every node by id (the maps' iteration order is not the plan's after a move). */
  readonly byId: ReadonlyMap<string, PlanNode>;
  /** Top-level nodes, in plan order (nodes whose parent is missing count as top level). */
  readonly roots: readonly PlanNode[];
  readonly children: ReadonlyMap<string, readonly PlanNode[]>;
  /**
   * The same object for every tree of the same shape (ids, kinds and parents in plan order): what
   * depends on the shape alone can be cached on it across field edits.
   */
  readonly shape: object;
}

const EMPTY: readonly PlanNode[] = [];
const cache = new WeakMap<Plan, PlanTree>();
let last: { readonly plan: Plan; readonly tree: PlanTree } | null = null;

export function planTree(plan: Plan): PlanTree {
  let tree = cache.get(plan);
  if (!tree) {
    const changed = last ? changedNodes(last.plan.nodes, plan.nodes) : null;
    tree =
      last && changed
        ? derivedTree(last.tree, last.plan, plan, changed)
        : ((last && movedTree(last.tree, last.plan, plan)) ?? buildPlanTree(plan));
    cache.set(plan, tree);
  }
  last = { plan, tree };
  return tree;
}

function withLookups(
  byId: ReadonlyMap<string, PlanNode>,
  roots: readonly PlanNode[],
  children: ReadonlyMap<string, readonly PlanNode[]>,
  shape: object,
): PlanTree {
  return {
    byId,
    roots,
    children,
    shape,
    getNode: (id) => byId.get(id),
    childrenOf: (id) => children.get(id) ?? EMPTY,
  };
}

/** The tree built afresh (planTree derives it from the last one when only fields changed). */
export function buildPlanTree(plan: Plan): PlanTree {
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
  return withLookups(byId, roots, children, {});
}

/**
 * The tree built a slice of nodes at a time, as a plan arrives from a worker (each slice in a task
 * of its own, where building it at once would be one long task on 100,000 nodes). `finish` gives
 * what buildPlanTree gives for the plan of those nodes, and planTree then returns it.
 */
export class PlanTreeBuilder {
  private readonly byId = new Map<string, PlanNode>();
  private readonly children = new Map<string, PlanNode[]>();

  /** The plan's next nodes, in plan order. */
  add(nodes: readonly PlanNode[]): void {
    for (const node of nodes) {
      this.byId.set(node.id, node);
      if (node.parentId === null) continue;
      const list = this.children.get(node.parentId);
      if (list) list.push(node);
      else this.children.set(node.parentId, [node]);
    }
  }

  /** `plan`'s tree; its nodes must be the ones added, in the same order. */
  finish(plan: Plan): PlanTree {
    const { byId, children } = this;
    const roots: PlanNode[] = [];
    for (const node of plan.nodes)
      if (node.parentId === null || !byId.has(node.parentId)) roots.push(node);
    // Nodes whose parent is missing are top level, not anyone's children.
    for (const parent of children.keys()) if (!byId.has(parent)) children.delete(parent);
    const tree = withLookups(byId, roots, children, {});
    cache.set(plan, tree);
    // A copy of the plan with the same nodes (the view taken out on the way) derives it as is.
    last = { plan, tree };
    return tree;
  }
}

/**
 * A map that reads through a few replaced values to a base map with the same keys, in the base's
 * order: a field edit replaces a node or two, and copying maps of 10,000 entries per edit would
 * cost more than everything else the edit does to the tree.
 */
class Overlay<V> implements ReadonlyMap<string, V> {
  constructor(
    readonly base: ReadonlyMap<string, V>,
    readonly replaced: ReadonlyMap<string, V>,
  ) {}
  get size(): number {
    return this.base.size;
  }
  get(key: string): V | undefined {
    return this.replaced.get(key) ?? this.base.get(key);
  }
  has(key: string): boolean {
    return this.base.has(key);
  }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this) fn(value, key, this);
  }
  *entries(): MapIterator<[string, V]> {
    for (const [key, value] of this.base) yield [key, this.replaced.get(key) ?? value];
  }
  keys(): MapIterator<string> {
    return this.base.keys();
  }
  *values(): MapIterator<V> {
    for (const [key, value] of this.base) yield this.replaced.get(key) ?? value;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** Past this many replaced values an overlay is flattened into a plain map again. */
const FLATTEN_FROM = 256;

/** `map` with the given values replaced (every key already in it). */
function replacing<V>(
  map: ReadonlyMap<string, V>,
  changes: ReadonlyMap<string, V>,
): ReadonlyMap<string, V> {
  const base = map instanceof Overlay ? (map.base as ReadonlyMap<string, V>) : map;
  const replaced = new Map(
    map instanceof Overlay ? (map.replaced as ReadonlyMap<string, V>) : undefined,
  );
  for (const [key, value] of changes) replaced.set(key, value);
  if (replaced.size < FLATTEN_FROM) return new Overlay(base, replaced);
  const flat = new Map(base);
  for (const [key, value] of replaced) flat.set(key, value);
  return flat;
}

/** The tree of a plan whose nodes at `changed` were replaced by nodes of the same id, kind and parent. */
function derivedTree(
  previous: PlanTree,
  before: Plan,
  plan: Plan,
  changed: readonly number[],
): PlanTree {
  if (changed.length === 0) return previous;
  // Repeated ids (an invalid plan) are left to a full build.
  if (previous.byId.size !== plan.nodes.length) return buildPlanTree(plan);
  const nodes = new Map<string, PlanNode>();
  const lists = new Map<string, PlanNode[]>();
  let roots = previous.roots;
  for (const i of changed) {
    const node = plan.nodes[i] as PlanNode;
    const old = before.nodes[i] as PlanNode;
    nodes.set(node.id, node);
    const parent =
      node.parentId !== null && previous.byId.has(node.parentId) ? node.parentId : null;
    let list: PlanNode[] | undefined;
    if (parent === null) {
      if (roots === previous.roots) roots = previous.roots.slice();
      list = roots as PlanNode[];
    } else {
      list = lists.get(parent);
      if (!list) lists.set(parent, (list = (previous.children.get(parent) ?? EMPTY).slice()));
    }
    const at = list.indexOf(old);
    if (at < 0) return buildPlanTree(plan);
    list[at] = node;
  }
  return withLookups(
    replacing(previous.byId, nodes),
    roots,
    replacing(previous.children, lists),
    previous.shape,
  );
}

/** How a tree was derived from the one before by movedTree: what the layout measures again. */
export interface TreeMove {
  readonly from: PlanTree;
  /** The nodes whose list of children changed (the old and new parents of moved nodes). */
  readonly parents: readonly string[];
}

const moves = new WeakMap<PlanTree, TreeMove>();

export function treeMove(tree: PlanTree): TreeMove | undefined {
  return moves.get(tree);
}

/**
 * The tree of a plan with the same ids as the last one, where some nodes were replaced or given
 * other parents (a drop, and the cards it pushed aside; a moved node goes last in the plan): the
 * lists of children of those nodes' old and new parents are rebuilt, the others are shared. Null
 * when the ids differ (nodes added or deleted, a repeated id) or nodes left as they were changed
 * order: the tree is then built afresh.
 */
function movedTree(previous: PlanTree, before: Plan, plan: Plan): PlanTree | null {
  const n = plan.nodes.length;
  if (previous.byId.size !== n || before.nodes.length !== n) return null;
  const nodes = new Map<string, PlanNode>();
  const parents = new Set<string>();
  let roots = false;
  const affects = (parentId: string | null): void => {
    if (parentId !== null && previous.byId.has(parentId)) parents.add(parentId);
    else roots = true;
  };
  // Nodes left as they were keep their order: walk the plan before alongside. The nodes it skips
  // must be exactly those replaced, so that the ids are the same, each once.
  const skipped: PlanNode[] = [];
  const was = before.nodes;
  let j = 0;
  for (const node of plan.nodes) {
    // The node before in its place (most of them): no lookup (ids are distinct, see above).
    if (was[j] === node) {
      j++;
      continue;
    }
    const old = previous.byId.get(node.id);
    if (!old) return null;
    if (old === node) {
      while (j < n && was[j] !== node) skipped.push(was[j++] as PlanNode);
      if (j === n) return null;
      j++;
      continue;
    }
    if (nodes.has(node.id) || nodes.size >= FLATTEN_FROM) return null;
    nodes.set(node.id, node);
    affects(old.parentId);
    affects(node.parentId);
  }
  while (j < n) skipped.push(was[j++] as PlanNode);
  if (skipped.length !== nodes.size || skipped.some((old) => !nodes.has(old.id))) return null;
  // The same ids, each once: a parent is known to the new tree exactly when it was to the old one.
  const lists = new Map<string, PlanNode[]>();
  const rootList: PlanNode[] = [];
  for (const node of plan.nodes) {
    const parent = node.parentId;
    if (parent === null || !previous.byId.has(parent)) {
      if (roots) rootList.push(node);
    } else if (parents.has(parent)) {
      const list = lists.get(parent);
      if (list) list.push(node);
      else lists.set(parent, [node]);
    }
  }
  const children = new PatchedMap(unstacked(previous.children));
  for (const parent of parents) {
    const list = lists.get(parent);
    if (list) children.set(parent, list);
    else children.delete(parent);
  }
  const tree = withLookups(
    replacing(previous.byId, nodes),
    roots ? rootList : previous.roots,
    children,
    {},
  );
  moves.set(tree, { from: previous, parents: [...parents] });
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
