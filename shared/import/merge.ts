/**
 * "Add to this plan": an imported plan joins an open one under a chosen parent (or on the
 * canvas), with fresh ids that collide with nothing already there. When the import's top-level
 * nodes cannot sit in the parent, the wrappers the importer made are opened: a datacenter site's
 * servers go into a chosen site, a Compose host's runtime into a chosen server or VM, its
 * containers into a chosen runtime (or the runtime the chosen host already has).
 */
import type { PlanNode } from '../model/nodes';
import type { Link, Plan } from '../model/plan';
import { isAllowedParentKind } from '../rules/placement';
import { IdMaker } from './ids';

export type MergeResult =
  | { readonly ok: true; readonly plan: Plan; readonly addedIds: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export function addToPlan(base: Plan, imported: Plan, parentId: string | null = null): MergeResult {
  const byId = new Map(base.nodes.map((n) => [n.id, n]));
  const parent = parentId === null ? null : byId.get(parentId);
  if (parent === undefined)
    return { ok: false, reason: `there is no node "${parentId}" to import into` };
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
      else
        return {
          ok: false,
          reason: `${describe(target)} cannot hold the imported ${r.kind} "${r.name}"`,
        };
    }
    roots = opened;
  }
  if (target !== null && !roots.every((r) => isAllowedParentKind(r.kind, target.kind))) {
    const bad = roots.find((r) => !isAllowedParentKind(r.kind, target.kind));
    return {
      ok: false,
      reason: `${describe(target)} cannot hold the imported ${bad?.kind} "${bad?.name}"`,
    };
  }
  const kept = collectSubtrees(roots, children);
  const ids = new IdMaker([...base.nodes.map((n) => n.id), ...base.links.map((l) => l.id)]);
  const newId = new Map<string, string>();
  for (const n of kept) newId.set(n.id, ids.claim(n.id));
  const rootIds = new Set(roots.map((r) => r.id));
  const nodes = kept.map((n) => {
    const { position: _position, ...rest } = n;
    return {
      ...rest,
      id: newId.get(n.id) ?? n.id,
      parentId: rootIds.has(n.id) ? (target?.id ?? null) : (newId.get(n.parentId ?? '') ?? null),
    } as PlanNode;
  });
  const links: Link[] = [];
  for (const l of imported.links) {
    const from = newId.get(l.from);
    const to = newId.get(l.to);
    if (from && to) links.push({ id: ids.claim(l.id), from, to });
  }
  return {
    ok: true,
    plan: { ...base, nodes: [...base.nodes, ...nodes], links: [...base.links, ...links] },
    addedIds: nodes.map((n) => n.id),
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

function describe(n: PlanNode): string {
  return `${n.kind} "${n.name}"`;
}
