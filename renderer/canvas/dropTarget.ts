/**
 * Drop targeting, pure: which node is under a point, and where a node of some kind would land.
 * The layout's boxes nest (children lie inside their parents), so finding the nodes under a point
 * walks down the tree, checking only the children of each hit: no global scan per pointer move.
 */
import type { NodeKind, PlanNode, Point } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { canPlace } from '../../shared/rules/placement';
import { refusedBy, type Refusal } from '../../shared/edit';
import { ENGLISH } from '../../shared/i18n/lang';
import { formatMessage, message, type Message } from '../../shared/i18n/message';
import { planTree } from '../../shared/edit/planTree';
import type { PlanLayout } from '../../shared/layout/planLayout';

export interface DropTarget {
  /** Where the node would go (null: the canvas). Meaningless when refused. */
  readonly parentId: string | null;
  readonly ok: boolean;
  /** For a refusal, why; else what the drop does ("Into hypervisor esx-01"), in English. */
  readonly message: string;
  /** The same as a catalog message, for the reader's language. */
  readonly text: Message;
  /** The refusal an edit returns when the node is dropped here anyway. */
  readonly refusal?: Refusal;
  /** The node outlined while hovering: the target, or the innermost node refusing. */
  readonly outlineId: string | null;
}

function contains(layout: PlanLayout, id: string, width: number, height: number, p: Point): boolean {
  const at = layout.absolute.get(id);
  return at !== undefined && p.x >= at.x && p.y >= at.y && p.x <= at.x + width && p.y <= at.y + height;
}

/** The nodes under `point`, innermost first; nodes in `exclude` are skipped with their subtrees. */
export function nodesUnder(plan: Plan, layout: PlanLayout, point: Point, exclude: ReadonlySet<string> = new Set()): PlanNode[] {
  const tree = planTree(plan);
  const path: PlanNode[] = [];
  let candidates: readonly PlanNode[] = tree.roots;
  for (;;) {
    let hit: PlanNode | undefined;
    // Later nodes are drawn on top, so the last one containing the point wins.
    for (let i = candidates.length - 1; i >= 0; i -= 1) {
      const node = candidates[i];
      if (!node || exclude.has(node.id)) continue;
      const box = layout.boxes.get(node.id);
      if (box && contains(layout, node.id, box.width, box.height, point)) {
        hit = node;
        break;
      }
    }
    if (!hit) break;
    path.push(hit);
    candidates = tree.childrenOf(hit.id);
  }
  return path.reverse();
}

export function describeTarget(node: PlanNode | undefined): Message {
  return node ? message('drop.into', { kind: node.kind, name: node.name }) : message('drop.canvas');
}

function accepted(parentId: string | null, node: PlanNode | undefined): DropTarget {
  const text = describeTarget(node);
  return { parentId, ok: true, message: formatMessage(ENGLISH, text), text, outlineId: node?.id ?? null };
}

function refusedAt(outlineId: string | null, refusal: Refusal): DropTarget {
  return { parentId: null, ok: false, message: refusal.reason, text: refusal.refusal, refusal, outlineId };
}

/**
 * Where a node of `kind` dropped at `point` goes: the innermost node under the point that accepts
 * it, else the canvas if the kind may stand alone; else refused with the innermost node's reason.
 */
export function findDropTarget(
  plan: Plan,
  layout: PlanLayout,
  point: Point,
  kind: NodeKind,
  movingId?: string,
): DropTarget {
  const tree = planTree(plan);
  const path = nodesUnder(plan, layout, point, movingId === undefined ? undefined : new Set([movingId]));
  let firstRefusal: { id: string; refusal: Refusal } | null = null;
  for (const node of path) {
    const answer = canPlace(tree, kind, node.id, movingId);
    if (answer.ok) return accepted(node.id, node);
    firstRefusal ??= { id: node.id, refusal: refusedBy(answer) };
  }
  const onCanvas = canPlace(tree, kind, null, movingId);
  if (onCanvas.ok) return accepted(null, undefined);
  if (firstRefusal) return refusedAt(firstRefusal.id, firstRefusal.refusal);
  return refusedAt(null, refusedBy(onCanvas));
}
