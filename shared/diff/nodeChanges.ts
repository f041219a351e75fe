/**
 * What changed between two plans node by node, matching nodes by id (SPEC §2.1: the same id is
 * the same machine or workload): moved (another parent), added and removed (an id on one side
 * only; descendants are listed themselves), changed (other field values; a move alone, and a new
 * position or size on the canvas, is not a change). Every list sorted by id.
 */
import { nodeToDocument } from '../load/serialize';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { compareStrings } from '../model/planTree';

export interface MovedNode {
  readonly id: string;
  /** The node's name in the plan it moved to. */
  readonly name: string;
  readonly fromParent: string | null;
  readonly toParent: string | null;
}

export interface ChangedNode {
  readonly id: string;
  /** The fields whose values differ, in the order a file writes them (`kind`, `ramGiB`, `os`…). */
  readonly fields: readonly string[];
}

export interface NodeChanges {
  readonly moved: readonly MovedNode[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly ChangedNode[];
}

/** Where a node sits and how big its card is: the canvas's business, not the plan's. */
const NOT_COMPARED: ReadonlySet<string> = new Set(['id', 'parentId', 'position', 'size']);

export function nodeChanges(from: Plan, to: Plan): NodeChanges {
  const before = new Map<string, PlanNode>();
  for (const node of from.nodes) before.set(node.id, node);
  const moved: MovedNode[] = [];
  const added: string[] = [];
  const changed: ChangedNode[] = [];
  const seen = new Set<string>();
  for (const node of to.nodes) {
    const old = before.get(node.id);
    if (old === undefined) {
      added.push(node.id);
      continue;
    }
    seen.add(node.id);
    if (old.parentId !== node.parentId)
      moved.push({
        id: node.id,
        name: node.name,
        fromParent: old.parentId,
        toParent: node.parentId,
      });
    const fields = changedFields(old, node);
    if (fields.length > 0) changed.push({ id: node.id, fields });
  }
  const removed = from.nodes.filter((n) => !seen.has(n.id)).map((n) => n.id);
  const byId = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);
  return {
    moved: moved.sort(byId),
    added: added.sort(compareStrings),
    removed: removed.sort(compareStrings),
    changed: changed.sort(byId),
  };
}

function changedFields(old: PlanNode, node: PlanNode): string[] {
  if (old === node) return [];
  const a = nodeToDocument(old);
  const b = nodeToDocument(node);
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  return keys.filter((k) => !NOT_COMPARED.has(k) && !sameValue(a[k], b[k]));
}

/** Field values are JSON values with keys in a fixed order (nodeToDocument): text compares them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
