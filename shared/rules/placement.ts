/**
 * Placement rules (SPEC §4, first three rows) as a pure query the canvas asks before every drop:
 * can a node of kind K go under node P? The answer is yes, or no with a reason a person reads.
 */
import { KIND_LABEL, type NodeKind, type PlanNode } from '../model/nodes';

/** Which parent kinds each kind accepts; `null` means top level. */
export const ALLOWED_PARENTS: Readonly<Record<NodeKind, readonly (NodeKind | null)[]>> = {
  site: [null],
  server: [null, 'site'],
  hypervisor: ['server'],
  vm: ['hypervisor'],
  runtime: ['server', 'vm'],
  container: ['runtime'],
};

/** The minimum the rules need to know of a plan; PlanIndex and the editor's store provide it. */
export interface PlanLookup {
  getNode(id: string): PlanNode | undefined;
  childrenOf(id: string): readonly PlanNode[];
}

export type PlacementAnswer = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const YES: PlacementAnswer = { ok: true };

function no(reason: string): PlacementAnswer {
  return { ok: false, reason };
}

/** "a server", "an hypervisor" never: "a hypervisor", "a VM"; `capital` starts a sentence. */
function aKind(kind: NodeKind, capital = false): string {
  const noun = kind === 'vm' ? KIND_LABEL.vm : KIND_LABEL[kind].toLowerCase();
  const article = /^[aeiou]/.test(noun) ? 'an' : 'a';
  return `${capital ? article[0]!.toUpperCase() + article.slice(1) : article} ${noun}`;
}

export function describeAllowedParents(kind: NodeKind): string {
  const parts = ALLOWED_PARENTS[kind].map((p) => (p === null ? 'the canvas' : aKind(p)));
  return parts.join(' or ');
}

export function isAllowedParentKind(kind: NodeKind, parentKind: NodeKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

/** True when `candidateId` is `ancestorId` or lies inside its subtree. */
export function isInSubtree(lookup: PlanLookup, candidateId: string, ancestorId: string): boolean {
  let current: PlanNode | undefined = lookup.getNode(candidateId);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    if (current.id === ancestorId) return true;
    seen.add(current.id);
    current = current.parentId === null ? undefined : lookup.getNode(current.parentId);
  }
  return false;
}

/**
 * Can a node of `kind` go under `parentId` (null: the canvas)? `movingId` names the node being
 * moved, if any: it may not go inside itself, and it does not count against its own parent's limits.
 */
export function canPlace(
  lookup: PlanLookup,
  kind: NodeKind,
  parentId: string | null,
  movingId?: string,
): PlacementAnswer {
  if (parentId === null) {
    return isAllowedParentKind(kind, null)
      ? YES
      : no(`${aKind(kind, true)} must go inside ${describeAllowedParents(kind)}, not on the bare canvas.`);
  }
  const parent = lookup.getNode(parentId);
  if (!parent) return no(`There is no node "${parentId}" to place it in.`);
  if (movingId !== undefined && isInSubtree(lookup, parentId, movingId)) {
    return no(`${aKind(kind, true)} cannot go inside itself or one of its own children.`);
  }
  const parentLabel = KIND_LABEL[parent.kind];
  if (!isAllowedParentKind(kind, parent.kind)) {
    return no(
      `${aKind(kind, true)} cannot go inside ${aKind(parent.kind)}: it goes inside ${describeAllowedParents(kind)}.`,
    );
  }
  const siblings = lookup.childrenOf(parentId).filter((c) => c.id !== movingId);
  if (kind === 'hypervisor' && parent.kind === 'server' && siblings.some((c) => c.kind === 'hypervisor')) {
    return no(`Server "${parent.name}" already has a hypervisor: a server runs one hypervisor.`);
  }
  if (kind === 'runtime' && siblings.some((c) => c.kind === 'runtime')) {
    return no(`${parentLabel} "${parent.name}" already has a container runtime: it runs one runtime.`);
  }
  return YES;
}
