/** Set fields: of one node, checked by its kind's schema. */
import { checkNodePatch } from '../load/nodeSchemas';
import type { Plan } from '../model/plan';
import { done, refused, type EditResult } from './result';

/** `parentId` changes only by moving (moveNodes.ts). */
export function updateNode(
  plan: Plan,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): EditResult {
  const i = plan.nodes.findIndex((n) => n.id === id);
  const node = plan.nodes[i];
  if (!node) return refused('no-such-node', { id });
  if ('parentId' in patch && patch.parentId !== node.parentId) {
    return refused('parent-on-canvas');
  }
  const checked = checkNodePatch(node, patch);
  if (!checked.ok) return refused('field-invalid', { reason: checked.reason }, checked.field);
  const nodes = plan.nodes.slice();
  nodes[i] = checked.node;
  return done({ ...plan, nodes }, [id]);
}
