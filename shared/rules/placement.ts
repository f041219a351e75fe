/**
 * Placement rules (SPEC §4, first three rows) as a pure query the canvas asks before every drop:
 * can a node of kind K go under node P? The answer is yes, or no with a refusal code, its
 * parameters and the English sentence (`reason`); other languages format `refusal` themselves.
 */
import { ENGLISH } from '../i18n/lang';
import { message, type Message } from '../i18n/message';
import type { NodeKind, PlanNode } from '../model/nodes';

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

/** Why a node cannot go somewhere (the catalog key is `refusal.<code>`). */
export type PlacementCode = 'not-on-canvas' | 'no-such-parent' | 'into-itself' | 'wrong-parent' | 'one-hypervisor' | 'one-runtime';

export type PlacementAnswer =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: PlacementCode; readonly refusal: Message; readonly reason: string };

const YES: PlacementAnswer = { ok: true };

function no(code: PlacementCode, params: Record<string, string>): PlacementAnswer {
  const refusal = message(`refusal.${code}`, params);
  return { ok: false, code, refusal, reason: ENGLISH.t(refusal.key, refusal.params) };
}

/** `the canvas or a site`: where a node of `kind` may go, in English. */
export function describeAllowedParents(kind: NodeKind): string {
  return ENGLISH.t(`parents.${kind}`);
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
    return isAllowedParentKind(kind, null) ? YES : no('not-on-canvas', { kind });
  }
  const parent = lookup.getNode(parentId);
  if (!parent) return no('no-such-parent', { parentId });
  if (movingId !== undefined && isInSubtree(lookup, parentId, movingId)) {
    return no('into-itself', { kind });
  }
  if (!isAllowedParentKind(kind, parent.kind)) {
    return no('wrong-parent', { kind, parentKind: parent.kind });
  }
  const siblings = lookup.childrenOf(parentId).filter((c) => c.id !== movingId);
  if (kind === 'hypervisor' && parent.kind === 'server' && siblings.some((c) => c.kind === 'hypervisor')) {
    return no('one-hypervisor', { parentName: parent.name });
  }
  if (kind === 'runtime' && siblings.some((c) => c.kind === 'runtime')) {
    return no('one-runtime', { parentKind: parent.kind, parentName: parent.name });
  }
  return YES;
}
