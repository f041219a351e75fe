/**
 * "Add to this plan": an imported plan joins an open one under a chosen parent (or on the
 * canvas), pasted through `shared/edit` (fresh ids and names that collide with nothing already
 * there, the placement rules checked). When the import's top-level
 * nodes cannot sit in the parent, the wrappers the importer made are opened: a datacenter site's
 * servers go into a chosen site, a Compose host's runtime into a chosen server or VM, its
 * containers into a chosen runtime (or the runtime the chosen host already has).
 */
import { ENGLISH } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';
import type { PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { pasteSubtrees } from '../edit';
import { isAllowedParentKind } from '../rules/placement';

export type MergeResult =
  | { readonly ok: true; readonly plan: Plan; readonly addedIds: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly said: Message };

function refused(said: Message): MergeResult {
  return { ok: false, reason: formatMessage(ENGLISH, said), said };
}

function cannotHold(target: PlanNode, node: PlanNode | undefined): MergeResult {
  return refused(
    message('import.merge.cannotHold', {
      targetKind: target.kind,
      targetName: target.name,
      kind: node?.kind ?? 'undefined',
      name: node?.name ?? 'undefined',
    }),
  );
}

export function addToPlan(base: Plan, imported: Plan, parentId: string | null = null): MergeResult {
  const byId = new Map(base.nodes.map((n) => [n.id, n]));
  const parent = parentId === null ? null : byId.get(parentId);
  if (parent === undefined)
    return refused(message('import.merge.noParent', { id: String(parentId) }));
  const children = childMap(imported.nodes);
  let roots = imported.nodes.filter((n) => n.parentId === null);
  let target: PlanNode | null = parent;
  // Open wrappers until the roots fit the target (at most site → server → runtime → containers).
  for (let depth = 0; depth < 4 && target !== null; depth++) {
    const t: PlanNode = target;
    const existingRuntime = base.nodes.find((n) => n.parentId === t.id && n.kind === 'runtime');
    // The chosen host already runs a runtime (one per host): the containers join that one.
    if (existingRuntime && roots.some((r) => r.kind === 'runtime')) target = existingRuntime;
    else if (roots.every((r) => isAllowedParentKind(r.kind, t.kind))) break;
    const opened: PlanNode[] = [];
    for (const r of roots) {
      if (isAllowedParentKind(r.kind, target.kind)) opened.push(r);
      else if (r.kind === 'site' || r.kind === 'server' || r.kind === 'runtime')
        opened.push(...(children.get(r.id) ?? []));
      else return cannotHold(target, r);
    }
    roots = opened;
  }
  if (target !== null && !roots.every((r) => isAllowedParentKind(r.kind, target.kind))) {
    return cannotHold(
      target,
      roots.find((r) => !isAllowedParentKind(r.kind, target.kind)),
    );
  }
  // The edit every paste goes through: fresh ids and names, placement checked, links copied.
  const pasted = pasteSubtrees(
    base,
    {
      rootIds: roots.map((r) => r.id),
      nodes: collectSubtrees(roots, children),
      links: imported.links,
    },
    { parentId: target?.id ?? null },
  );
  if (!pasted.ok) return { ok: false, reason: pasted.reason, said: pasted.refusal };
  const added = new Set(base.nodes.map((n) => n.id));
  return {
    ok: true,
    plan: pasted.plan,
    addedIds: pasted.plan.nodes.filter((n) => !added.has(n.id)).map((n) => n.id),
  };
}

function childMap(nodes: readonly PlanNode[]): Map<string, PlanNode[]> {
  const out = new Map<string, PlanNode[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = out.get(n.parentId) ?? [];
    list.push(n);
    out.set(n.parentId, list);
  }
  return out;
}

/** The roots and their descendants, parents first. */
function collectSubtrees(
  roots: readonly PlanNode[],
  children: ReadonlyMap<string, PlanNode[]>,
): PlanNode[] {
  const out: PlanNode[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    const kids = children.get(n.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
