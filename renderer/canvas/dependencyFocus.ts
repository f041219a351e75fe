/**
 * What the selected workloads depend on and what depends on them, transitively, pure: the nodes
 * and the links of both chains. A link `from → to` says `from` depends on `to`.
 */
import type { Link } from '../../shared/model/plan';

export interface DependencyFocus {
  /** The selected nodes with links, and every node up or down their chains. */
  readonly nodes: ReadonlySet<string>;
  /** Links followed from a selected node towards what it depends on. */
  readonly upstream: ReadonlySet<string>;
  /** Links followed from a selected node towards what depends on it. */
  readonly downstream: ReadonlySet<string>;
}

function walk(
  start: readonly string[],
  next: ReadonlyMap<string, Link[]>,
  end: (l: Link) => string,
  seen: Set<string>,
  links: Set<string>,
): void {
  const queue = [...start];
  const visited = new Set(start);
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const link of next.get(id) ?? []) {
      links.add(link.id);
      const other = end(link);
      seen.add(other);
      if (!visited.has(other)) {
        visited.add(other);
        queue.push(other);
      }
    }
  }
}

export function dependencyFocus(
  links: readonly Link[],
  selected: readonly string[],
): DependencyFocus {
  // Nothing selected, nothing to follow: no pass over every link (each open and edit of a large plan).
  if (selected.length === 0) return { nodes: new Set(), upstream: new Set(), downstream: new Set() };
  const out = new Map<string, Link[]>();
  const into = new Map<string, Link[]>();
  const add = (map: Map<string, Link[]>, id: string, link: Link): void => {
    const list = map.get(id);
    if (list) list.push(link);
    else map.set(id, [link]);
  };
  for (const link of links) {
    add(out, link.from, link);
    add(into, link.to, link);
  }
  const start = selected.filter((id) => out.has(id) || into.has(id));
  const nodes = new Set(start);
  const upstream = new Set<string>();
  const downstream = new Set<string>();
  walk(start, out, (l) => l.to, nodes, upstream);
  walk(start, into, (l) => l.from, nodes, downstream);
  return { nodes, upstream, downstream };
}
