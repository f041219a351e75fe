/**
 * Copy, paste and duplicate of whole subtrees. Pasted nodes get new ids (and the next free
 * names); links among the copied nodes are copied too, and so are links from a copied workload
 * to a node outside the copy (the copy depends on the same things as the original).
 */
import type { PlanNode, Point } from '../model/nodes';
import type { Link, Plan } from '../model/plan';
import { canPlace } from '../rules/placement';
import { refused, refusedBy, type EditResult } from './result';
import { idFactory } from './ids';
import { planTree, selectionRoots, subtreeIds } from './planTree';

export interface Clipboard {
  /** The copied roots' ids, in plan order. */
  readonly rootIds: readonly string[];
  /** Every copied node, parents before children. */
  readonly nodes: readonly PlanNode[];
  readonly links: readonly Link[];
}

export function copySubtrees(plan: Plan, ids: readonly string[]): Clipboard | null {
  const tree = planTree(plan);
  const roots = new Set(selectionRoots(tree, ids));
  if (roots.size === 0) return null;
  const rootIds = plan.nodes.filter((n) => roots.has(n.id)).map((n) => n.id);
  const nodeIds = subtreeIds(tree, rootIds);
  const inCopy = new Set(nodeIds);
  return {
    rootIds,
    nodes: nodeIds.map((id) => tree.byId.get(id)).filter((n): n is PlanNode => n !== undefined),
    links: plan.links.filter((l) => inCopy.has(l.from)),
  };
}

/** Where pasted roots go: one parent for all (null: the canvas), or each root's original parent. */
export type PasteTarget = { readonly parentId: string | null } | 'original';

export const PASTE_OFFSET: Point = { x: 40, y: 40 };

export function pasteSubtrees(
  plan: Plan,
  clip: Clipboard,
  target: PasteTarget,
  offset: Point = PASTE_OFFSET,
): EditResult {
  const ids = idFactory(plan);
  const newId = new Map<string, string>();
  for (const node of clip.nodes) newId.set(node.id, ids.nodeId(node.kind));
  const roots = new Set(clip.rootIds);
  const pastedNodes: PlanNode[] = [];
  const withPasted = (): Plan => ({ ...plan, nodes: [...plan.nodes, ...pastedNodes] });
  for (const node of clip.nodes) {
    const id = newId.get(node.id) ?? node.id;
    let parentId: string | null;
    let position: Point | undefined;
    if (roots.has(node.id)) {
      const current = withPasted();
      parentId = target === 'original' ? originalParent(current, node) : target.parentId;
      const answer = canPlace(planTree(current), node.kind, parentId);
      if (!answer.ok) return refusedBy(answer);
      position = parentId === null && node.position ? add(node.position, offset) : undefined;
    } else {
      parentId = node.parentId === null ? null : (newId.get(node.parentId) ?? null);
      position = undefined;
    }
    const { position: _old, ...rest } = node;
    const pasted = {
      ...rest,
      id,
      parentId,
      name: ids.nodeName(node.name),
      ...(position ? { position } : {}),
    } as PlanNode;
    pastedNodes.push(pasted);
  }
  const current = withPasted();
  const links: Link[] = [];
  for (const link of clip.links) {
    const from = newId.get(link.from);
    const to = newId.get(link.to) ?? (planTree(current).byId.has(link.to) ? link.to : undefined);
    if (from !== undefined && to !== undefined) links.push({ id: ids.linkId(), from, to });
  }
  const pastedRoots = clip.rootIds.map((id) => newId.get(id) ?? id);
  return { ok: true, plan: { ...current, links: [...current.links, ...links] }, ids: pastedRoots };
}

/** Copy and paste beside the originals, in one step. */
export function duplicateSubtrees(plan: Plan, ids: readonly string[]): EditResult {
  const clip = copySubtrees(plan, ids);
  if (!clip) return refused('nothing-to-duplicate');
  return pasteSubtrees(plan, clip, 'original');
}

function originalParent(plan: Plan, node: PlanNode): string | null {
  if (node.parentId === null) return null;
  return planTree(plan).byId.has(node.parentId) ? node.parentId : null;
}

function add(a: Point, b: Point): Point {
  return { x: a.x + b.x, y: a.y + b.y };
}
