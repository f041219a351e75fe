/**
 * Finding nodes by what a planner remembers of them: a name, an id, a service or a container's
 * image; case-insensitive substring match. The index (each node's fields, lower-cased) is built
 * once per plan object, so each keystroke only scans strings: a few milliseconds on 10,000 nodes
 * (docs/performance.md, "Find").
 */
import type { NodeKind, PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { planTree } from '../edit/planTree';

export type MatchField = 'name' | 'id' | 'service' | 'image';

interface Entry {
  readonly node: PlanNode;
  readonly name: string;
  readonly id: string;
  readonly service: string;
  readonly image: string;
}

export interface NodeSearchIndex {
  readonly plan: Plan;
  readonly entries: readonly Entry[];
}

export interface NodeMatch {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** The field the query was found in (the best one, name first). */
  readonly field: MatchField;
  /** That field's text, as written. */
  readonly text: string;
}

export interface FindResult {
  /** The best matches, at most `limit`: names that start with the query first, then names, ids, services, images. */
  readonly matches: readonly NodeMatch[];
  /** How many nodes match in all. */
  readonly total: number;
}

const indexes = new WeakMap<Plan, NodeSearchIndex>();

function serviceOf(node: PlanNode): string | null {
  return 'service' in node ? node.service : null;
}

/** The plan's search index, built on first use and kept while the plan object lives. */
export function searchIndex(plan: Plan): NodeSearchIndex {
  let index = indexes.get(plan);
  if (!index) {
    index = {
      plan,
      entries: plan.nodes.map((node) => ({
        node,
        name: node.name.toLowerCase(),
        id: node.id.toLowerCase(),
        service: (serviceOf(node) ?? '').toLowerCase(),
        image: node.kind === 'container' ? node.image.toLowerCase() : '',
      })),
    };
    indexes.set(plan, index);
  }
  return index;
}

/** Ranks, best first: 0 name is the query, 1 name starts with it, 2 name holds it, 3 id, 4 service, 5 image. */
const RANKS = 6;

function rankOf(entry: Entry, q: string): number {
  const at = entry.name.indexOf(q);
  if (at === 0) return entry.name.length === q.length ? 0 : 1;
  if (at > 0) return 2;
  if (entry.id.includes(q)) return 3;
  if (entry.service.includes(q)) return 4;
  if (entry.image.includes(q)) return 5;
  return -1;
}

const FIELD_OF_RANK: readonly MatchField[] = ['name', 'name', 'name', 'id', 'service', 'image'];

function textOf(node: PlanNode, field: MatchField): string {
  if (field === 'name') return node.name;
  if (field === 'id') return node.id;
  if (field === 'service') return serviceOf(node) ?? '';
  return node.kind === 'container' ? node.image : '';
}

/** The nodes matching `query` (trimmed, any case), best first, in plan order within a rank. */
export function findNodes(index: NodeSearchIndex, query: string, limit = 50): FindResult {
  const q = query.trim().toLowerCase();
  if (q === '') return { matches: [], total: 0 };
  const buckets: Entry[][] = Array.from({ length: RANKS }, () => []);
  let total = 0;
  for (const entry of index.entries) {
    const rank = rankOf(entry, q);
    if (rank < 0) continue;
    total += 1;
    const bucket = buckets[rank] as Entry[];
    if (bucket.length < limit) bucket.push(entry);
  }
  const matches: NodeMatch[] = [];
  for (let rank = 0; rank < RANKS && matches.length < limit; rank += 1) {
    const field = FIELD_OF_RANK[rank] as MatchField;
    for (const { node } of buckets[rank] as Entry[]) {
      if (matches.length >= limit) break;
      matches.push({ id: node.id, kind: node.kind, name: node.name, field, text: textOf(node, field) });
    }
  }
  return { matches, total };
}

/** Where a node sits: the names of its ancestors, outermost first (a site, a server, a hypervisor…). */
export function nodePath(plan: Plan, id: string): string[] {
  const byId = planTree(plan).byId;
  const path: string[] = [];
  const seen = new Set<string>([id]);
  for (let at = byId.get(id)?.parentId ?? null; at !== null && !seen.has(at); ) {
    seen.add(at);
    const parent = byId.get(at);
    if (!parent) break;
    path.unshift(parent.name || parent.id);
    at = parent.parentId;
  }
  return path;
}
