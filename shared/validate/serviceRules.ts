/** SPEC §4 link-endpoint, single-failure-domain and dependency-cycle. */
import type { Link } from '../model/plan';
import type { PlanNode } from '../model/nodes';
import { compareStrings, type PlanIndex } from '../model/planIndex';
import type { SingleFailureDomain } from '../metrics/singleFailureDomain';
import { issue } from './describe';
import type { Issue } from './issue';

/** A cycle message names this many services, then says how many more. */
const MAX_NAMED = 8;

export function linkIssues(ix: PlanIndex): Issue[] {
  const out: Issue[] = [];
  const links = ix.plan.links;
  for (let l = 0; l < links.length; l++) {
    const from = ix.linkFrom[l] as number;
    const to = ix.linkTo[l] as number;
    const fromOk = from >= 0 && ix.isWorkload[from] === 1;
    const toOk = to >= 0 && ix.isWorkload[to] === 1;
    const link = links[l] as Link;
    if (fromOk && toOk && link.from !== link.to) continue;
    if (link.from === link.to) {
      const nd = from >= 0 ? (ix.nodes[from] as PlanNode) : undefined;
      out.push(
        issue('error', 'link-endpoint', nd ? nd.id : link.id, 'issue.link-endpoint.self', {
          link: link.id,
          name: nd ? nd.name : link.from,
        }),
      );
      continue;
    }
    if (!fromOk) out.push(badEnd(ix, link, 'from', from, link.from));
    if (!toOk) out.push(badEnd(ix, link, 'to', to, link.to));
  }
  return out;
}

function badEnd(ix: PlanIndex, link: Link, end: 'from' | 'to', i: number, id: string): Issue {
  const nd = i >= 0 ? (ix.nodes[i] as PlanNode) : undefined;
  return nd
    ? issue('error', 'link-endpoint', nd.id, `issue.link-endpoint.${end}NotWorkload`, {
        link: link.id,
        kind: nd.kind,
        name: nd.name,
      })
    : issue('error', 'link-endpoint', link.id, `issue.link-endpoint.${end}Missing`, { link: link.id, id });
}

export function singleFailureDomainIssues(
  ix: PlanIndex,
  domains: readonly SingleFailureDomain[],
): Issue[] {
  return domains.map(({ service, server }) => {
    const size = (ix.serviceStart[service + 1] as number) - (ix.serviceStart[service] as number);
    const host = ix.nodes[server] as PlanNode;
    return issue('warning', 'single-failure-domain', host.id, 'issue.single-failure-domain', {
      service: ix.serviceNames[service] as string,
      size,
      serverName: host.name,
    });
  });
}

interface CycleIssues {
  readonly links: PlanIndex['plan']['links'];
  readonly ids: PlanIndex['ids'];
  readonly rank: PlanIndex['rank'];
  readonly issues: readonly Issue[];
}

/** By the services' dependency lists: an edit that keeps the services and links keeps the cycles. */
const cycleCache = new WeakMap<Int32Array, CycleIssues>();

export function dependencyCycleIssues(ix: PlanIndex): Issue[] {
  const known = cycleCache.get(ix.dependsOnList);
  if (known && known.links === ix.plan.links && known.ids === ix.ids && known.rank === ix.rank)
    return [...known.issues];
  const issues = findCycles(ix);
  cycleCache.set(ix.dependsOnList, { links: ix.plan.links, ids: ix.ids, rank: ix.rank, issues });
  return [...issues];
}

function findCycles(ix: PlanIndex): Issue[] {
  const comp = stronglyConnected(ix.dependsOnStart, ix.dependsOnList);
  const size = new Int32Array(ix.serviceNames.length);
  for (const c of comp) size[c] = (size[c] as number) + 1;
  const members = new Map<number, number[]>();
  comp.forEach((c, s) => {
    if ((size[c] as number) < 2) return;
    const list = members.get(c);
    if (list) list.push(s);
    else members.set(c, [s]);
  });
  if (members.size === 0) return [];
  // One link inside each cycle (smallest id) to name in the fix.
  const linkOf = new Map<number, string>();
  ix.plan.links.forEach((link, l) => {
    const a = ix.serviceOf[ix.linkFrom[l] as number] ?? -1;
    const b = ix.serviceOf[ix.linkTo[l] as number] ?? -1;
    if (a < 0 || b < 0 || a === b || comp[a] !== comp[b]) return;
    const c = comp[a] as number;
    const known = linkOf.get(c);
    if (known === undefined || compareStrings(link.id, known) < 0) linkOf.set(c, link.id);
  });
  const out: Issue[] = [];
  for (const [c, list] of members) {
    let first = -1;
    for (const s of list) {
      const w = ix.serviceWorkloads[ix.serviceStart[s] as number];
      if (w !== undefined && (first < 0 || (ix.rank[w] as number) < (ix.rank[first] as number)))
        first = w;
    }
    const names = list.map((s) => ix.serviceNames[s] as string).sort(compareStrings);
    const services = names
      .slice(0, MAX_NAMED)
      .map((name) => `"${name}"`)
      .join(', ');
    const more = names.length - MAX_NAMED;
    const params = { services, link: linkOf.get(c) ?? '' };
    out.push(
      more > 0
        ? issue('warning', 'dependency-cycle', ix.ids[first] as string, 'issue.dependency-cycle.more', { ...params, more })
        : issue('warning', 'dependency-cycle', ix.ids[first] as string, 'issue.dependency-cycle', params),
    );
  }
  return out;
}

/**
 * Tarjan's algorithm without recursion: the component number of each vertex of a graph whose
 * edges from v are `list[start[v] .. start[v + 1])`.
 */
export function stronglyConnected(start: Int32Array, list: Int32Array): Int32Array {
  const n = start.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const work: number[] = [];
  const edge: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    work.push(root);
    edge.push(0);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const v = work[work.length - 1] as number;
      const e = edge[edge.length - 1] as number;
      if ((start[v] as number) + e < (start[v + 1] as number)) {
        edge[edge.length - 1] = e + 1;
        const w = list[(start[v] as number) + e] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push(w);
          edge.push(0);
        } else if (onStack[w] === 1) {
          low[v] = Math.min(low[v] as number, index[w] as number);
        }
        continue;
      }
      work.pop();
      edge.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] === index[v]) {
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = 0;
          comp[w] = components;
          if (w === v) break;
        }
        components++;
      }
    }
  }
  return comp;
}
