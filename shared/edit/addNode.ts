/** Add: a new node of a kind (a palette preset) under a parent or on the canvas. */
import { checkNodePatch } from '../load/nodeSchemas';
import { makeNode, nextNodeName } from '../model/defaults';
import type { NodeKind, Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { canPlace } from '../rules/placement';
import { idFactory } from './ids';
import { planTree } from './planTree';
import { roundPoint } from './position';
import { done, refused, refusedBy, type EditResult } from './result';

/** A new node: its kind and any kind fields (a palette preset). */
export interface NodeSpec {
  readonly kind: NodeKind;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Adds a node of `spec` under `parentId` (null: the canvas, at `position`), with a fresh id and the next name. */
export function addNode(
  plan: Plan,
  spec: NodeSpec,
  parentId: string | null,
  position?: Point,
): EditResult {
  const answer = canPlace(planTree(plan), spec.kind, parentId);
  if (!answer.ok) return refusedBy(answer);
  const id = idFactory(plan).nodeId(spec.kind);
  const blank = makeNode(spec.kind, { id, parentId, name: nextNodeName(plan.nodes, spec.kind) });
  const fields = {
    ...spec.fields,
    ...(parentId === null && position ? { position: roundPoint(position) } : {}),
  };
  const checked = checkNodePatch(blank, fields);
  if (!checked.ok) return refused('field-invalid', { reason: `${checked.field}: ${checked.reason}` });
  return done({ ...plan, nodes: [...plan.nodes, checked.node] }, [id]);
}
