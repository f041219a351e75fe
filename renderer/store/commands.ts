/**
 * Domain commands: pure functions from a plan to a new plan, or a refusal with the reason a
 * person reads. They enforce the placement rules (shared/rules/placement.ts) and the field
 * checks (shared/load/nodeSchemas.ts); the canvas, palette, inspector and actions only call them.
 */
import { checkNodePatch, checkSettingsPatch } from '../../shared/load/nodeSchemas';
import { makeNode, nextNodeName } from '../../shared/model/defaults';
import { KIND_LABEL, type NodeKind, type PlanNode, type Point } from '../../shared/model/nodes';
import type { Link, Plan } from '../../shared/model/plan';
import { canPlace } from '../../shared/rules/placement';
import { idFactory } from './ids';
import { isWorkloadId } from './engine';
import { planTree, subtreeIds } from './planTree';

export type CommandResult =
  | { readonly ok: true; readonly plan: Plan; readonly ids: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly field?: string };

/** The refusal as a person reads it, naming the field when there is one. */
export function refusalText(result: { readonly reason: string; readonly field?: string }): string {
  return result.field === undefined ? result.reason : `${result.field}: ${result.reason}`;
}

/** A placement answer as a sentence (the rules start it with "a VM …"). */
export function sentence(reason: string): string {
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

export function refused(reason: string, field?: string): CommandResult {
  return field === undefined ? { ok: false, reason } : { ok: false, reason, field };
}

function done(plan: Plan, ids: readonly string[] = []): CommandResult {
  return { ok: true, plan, ids };
}

/** A new node: its kind and any kind fields (a palette preset). */
export interface NodeSpec {
  readonly kind: NodeKind;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Adds a node of `spec` under `parentId` (null: the canvas, at `position`). */
export function addNode(plan: Plan, spec: NodeSpec, parentId: string | null, position?: Point): CommandResult {
  const answer = canPlace(planTree(plan), spec.kind, parentId);
  if (!answer.ok) return refused(sentence(answer.reason));
  const id = idFactory(plan).nodeId(spec.kind);
  const blank = makeNode(spec.kind, { id, parentId, name: nextNodeName(plan.nodes, spec.kind) });
  const fields = { ...spec.fields, ...(parentId === null && position ? { position: roundPoint(position) } : {}) };
  const checked = checkNodePatch(blank, fields);
  if (!checked.ok) return refused(`${checked.field}: ${checked.reason}`);
  return done({ ...plan, nodes: [...plan.nodes, checked.node] }, [id]);
}

export interface Move {
  readonly id: string;
  /** The new parent (null: the canvas). */
  readonly parentId: string | null;
  /** The new position; only kept for top-level nodes, whose children the layout places. */
  readonly position?: Point;
}

/**
 * Moves nodes, each with its whole subtree, to new parents or positions; all or nothing.
 * A node that changes parent goes last among its new siblings.
 */
export function moveNodes(plan: Plan, moves: readonly Move[]): CommandResult {
  let nodes = plan.nodes.slice();
  let current: Plan = plan;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const reparented: PlanNode[] = [];
  let changed = false;
  for (const move of moves) {
    const i = index.get(move.id);
    const node = i === undefined ? undefined : nodes[i];
    if (i === undefined || !node) return refused(`There is no node "${move.id}" to move.`);
    const position = move.parentId === null && move.position ? roundPoint(move.position) : undefined;
    if (move.parentId === node.parentId) {
      if (!position || (node.position?.x === position.x && node.position.y === position.y)) continue;
      nodes[i] = withPosition(node, position);
      changed = true;
      continue;
    }
    const answer = canPlace(planTree(current), node.kind, move.parentId, node.id);
    if (!answer.ok) return refused(sentence(answer.reason));
    const moved = withPosition({ ...node, parentId: move.parentId }, position);
    nodes[i] = moved;
    reparented.push(moved);
    changed = true;
    current = { ...plan, nodes };
    nodes = nodes.slice();
  }
  if (!changed) return done(plan, []);
  if (reparented.length > 0) {
    const ids = new Set(reparented.map((n) => n.id));
    nodes = [...nodes.filter((n) => !ids.has(n.id)), ...reparented];
  }
  return done({ ...plan, nodes }, moves.map((m) => m.id));
}

export function moveNode(plan: Plan, id: string, parentId: string | null, position?: Point): CommandResult {
  return moveNodes(plan, [position ? { id, parentId, position } : { id, parentId }]);
}

/** Changes fields of one node, checked by its kind's schema; `parentId` changes only by moving. */
export function updateNode(plan: Plan, id: string, patch: Readonly<Record<string, unknown>>): CommandResult {
  const i = plan.nodes.findIndex((n) => n.id === id);
  const node = plan.nodes[i];
  if (!node) return refused(`There is no node "${id}".`);
  if ('parentId' in patch && patch.parentId !== node.parentId) {
    return refused('parentId: move the node on the canvas to change its parent');
  }
  const checked = checkNodePatch(node, patch);
  if (!checked.ok) return refused(checked.reason, checked.field);
  const nodes = plan.nodes.slice();
  nodes[i] = checked.node;
  return done({ ...plan, nodes }, [id]);
}

/** Removes nodes with their subtrees, and every link that touches a removed node. */
export function deleteSubtrees(plan: Plan, ids: readonly string[]): CommandResult {
  const gone = new Set(subtreeIds(planTree(plan), ids));
  if (gone.size === 0) return refused('Nothing to delete.');
  return done(
    {
      ...plan,
      nodes: plan.nodes.filter((n) => !gone.has(n.id)),
      links: plan.links.filter((l) => !gone.has(l.from) && !gone.has(l.to)),
    },
    [...gone],
  );
}

export function deleteLinks(plan: Plan, ids: readonly string[]): CommandResult {
  const gone = new Set(ids);
  const links = plan.links.filter((l) => !gone.has(l.id));
  if (links.length === plan.links.length) return refused('Nothing to delete.');
  return done({ ...plan, links }, ids);
}

const WORKLOAD_HINT = 'a link joins two workloads (a VM without a runtime, a container, or a server running a workload)';

/** `from` depends on `to`: both must be workloads (SPEC §4, link-endpoint). */
export function addLink(plan: Plan, from: string, to: string): CommandResult {
  const tree = planTree(plan);
  const source = tree.getNode(from);
  const target = tree.getNode(to);
  if (!source || !target) return refused('A link must join two nodes of the plan.');
  if (from === to) return refused(`"${source.name}" cannot depend on itself.`);
  for (const end of [source, target]) {
    if (!isWorkloadId(plan, end.id)) {
      return refused(`${KIND_LABEL[end.kind]} "${end.name}" is not a workload: ${WORKLOAD_HINT}.`);
    }
  }
  if (plan.links.some((l) => l.from === from && l.to === to)) {
    return refused(`"${source.name}" already depends on "${target.name}".`);
  }
  const link: Link = { id: idFactory(plan).linkId(), from, to };
  return done({ ...plan, links: [...plan.links, link] }, [link.id]);
}

export function updateSettings(plan: Plan, patch: unknown): CommandResult {
  const checked = checkSettingsPatch(plan.settings, patch);
  if (!checked.ok) return refused(checked.reason, checked.field);
  return done({ ...plan, settings: checked.settings });
}

/** Forgets the saved positions of top-level nodes, so the layout packs them in rows (Tidy up). */
export function tidyTopLevel(plan: Plan): CommandResult {
  if (!plan.nodes.some((n) => n.parentId === null && n.position)) return done(plan);
  return done({ ...plan, nodes: plan.nodes.map((n) => (n.parentId === null ? withPosition(n, undefined) : n)) });
}

export function renamePlan(plan: Plan, name: string): CommandResult {
  if (name.trim() === '') return refused('must be a non-empty string', 'name');
  if (name === plan.name) return done(plan);
  return done({ ...plan, name });
}

function roundPoint(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

function withPosition(node: PlanNode, position: Point | undefined): PlanNode {
  if (position) return { ...node, position };
  if (node.position === undefined) return node;
  const { position: _dropped, ...rest } = node;
  return rest as PlanNode;
}
