/**
 * Level of detail, pure: far out, every server with contents becomes a summary card (its counts
 * and figures) and its descendants leave the canvas, so React Flow draws hundreds of cards instead
 * of thousands. The switch follows the zoom with hysteresis; a double-click expands (or collapses)
 * one card by hand until the zoom crosses a threshold again. UI state only: never the document.
 */
import type { NodeKind } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { planTree, type PlanTree } from '../store/planTree';

export type DetailLevel = 'full' | 'summary';

/** Below this zoom the canvas switches to summary cards… */
export const COLLAPSE_BELOW = 0.2;
/** …and back to full detail only at this zoom or above, so a zoom near one threshold never flickers. */
export const EXPAND_FROM = 0.25;

/** Kinds a double-click collapses into a summary card; servers also collapse by zoom. */
export const COLLAPSIBLE: ReadonlySet<NodeKind> = new Set<NodeKind>(['site', 'server']);

export function levelForZoom(zoom: number, current: DetailLevel): DetailLevel {
  if (current === 'full') return zoom < COLLAPSE_BELOW ? 'summary' : 'full';
  return zoom >= EXPAND_FROM ? 'full' : 'summary';
}

/** Collapsed (true) or expanded (false) by hand, overriding the level for that node. */
export type Overrides = ReadonlyMap<string, boolean>;

/** A rectangle in canvas coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Plans from this many nodes also collapse, at full detail, the servers lying wholly outside the
 * region around the view: off screen they would not be drawn anyway, but React Flow would still
 * process every node they hold on every drag frame.
 */
export const OFFSCREEN_FROM = 1000;

/** The region kept expanded around a view: the view grown by half its size on every side. */
export function regionAround(view: Rect): Rect {
  return { x: view.x - view.width / 2, y: view.y - view.height / 2, width: view.width * 2, height: view.height * 2 };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The nodes shown as summary cards: servers with contents at the summary level (or, given a
 * region, those wholly outside it), plus the overrides. `boxOf` gives a node's absolute box.
 */
export function collapsedIds(
  tree: PlanTree,
  level: DetailLevel,
  overrides: Overrides,
  region: Rect | null = null,
  boxOf: (id: string) => Rect | undefined = () => undefined,
): Set<string> {
  const out = new Set<string>();
  if (level === 'summary' || region !== null) {
    for (const node of tree.byId.values()) {
      if (node.kind !== 'server' || tree.childrenOf(node.id).length === 0 || overrides.get(node.id) === false) continue;
      if (level === 'summary') {
        out.add(node.id);
        continue;
      }
      const box = region ? boxOf(node.id) : undefined;
      if (region && box && !intersects(region, box)) out.add(node.id);
    }
  }
  for (const [id, collapsed] of overrides) {
    const node = tree.byId.get(id);
    if (collapsed && node && COLLAPSIBLE.has(node.kind) && tree.childrenOf(id).length > 0) out.add(id);
  }
  return out;
}

/** Whether a double-click on this node toggles it: a site or server with contents. */
export function canToggle(tree: PlanTree, id: string): boolean {
  const node = tree.byId.get(id);
  return node !== undefined && COLLAPSIBLE.has(node.kind) && tree.childrenOf(id).length > 0;
}

/** What a summary card shows: its descendants counted by kind. */
export interface SubtreeSummary {
  readonly servers: number;
  readonly hypervisors: number;
  readonly vms: number;
  readonly runtimes: number;
  readonly containers: number;
}

const FIELD: Readonly<Record<NodeKind, keyof SubtreeSummary | null>> = {
  site: null,
  server: 'servers',
  hypervisor: 'hypervisors',
  vm: 'vms',
  runtime: 'runtimes',
  container: 'containers',
};

const summaries = new WeakMap<Plan, Map<string, SubtreeSummary>>();

/** The summary of every node with contents (bottom-up, once per plan object). */
export function subtreeSummaries(plan: Plan): ReadonlyMap<string, SubtreeSummary> {
  const cached = summaries.get(plan);
  if (cached) return cached;
  const tree = planTree(plan);
  const out = new Map<string, SubtreeSummary>();
  const visit = (id: string): SubtreeSummary => {
    const counts = { servers: 0, hypervisors: 0, vms: 0, runtimes: 0, containers: 0 };
    for (const child of tree.childrenOf(id)) {
      const field = FIELD[child.kind];
      if (field) counts[field] += 1;
      const below = visit(child.id);
      counts.servers += below.servers;
      counts.hypervisors += below.hypervisors;
      counts.vms += below.vms;
      counts.runtimes += below.runtimes;
      counts.containers += below.containers;
    }
    if (tree.childrenOf(id).length > 0) out.set(id, counts);
    return counts;
  };
  for (const root of tree.roots) visit(root.id);
  summaries.set(plan, out);
  return out;
}

export function sameSummary(a: SubtreeSummary, b: SubtreeSummary): boolean {
  return a.servers === b.servers && a.hypervisors === b.hypervisors && a.vms === b.vms && a.runtimes === b.runtimes && a.containers === b.containers;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 servers · 40 VMs · 12 containers": the non-zero counts, biggest structures first. */
export function summaryText(s: SubtreeSummary): string {
  const parts = [
    s.servers > 0 ? plural(s.servers, 'server', 'servers') : '',
    s.hypervisors > 0 ? plural(s.hypervisors, 'hypervisor', 'hypervisors') : '',
    s.vms > 0 ? plural(s.vms, 'VM', 'VMs') : '',
    s.runtimes > 0 ? plural(s.runtimes, 'runtime', 'runtimes') : '',
    s.containers > 0 ? plural(s.containers, 'container', 'containers') : '',
  ];
  return parts.filter(Boolean).join(' · ') || 'Empty';
}

/** Every descendant of a collapsed node: off the canvas while it is collapsed. */
export function hiddenIds(tree: PlanTree, collapsed: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const visit = (id: string): void => {
    for (const child of tree.childrenOf(id)) {
      if (out.has(child.id)) continue;
      out.add(child.id);
      visit(child.id);
    }
  };
  for (const id of collapsed) visit(id);
  return out;
}
