/**
 * Level of detail, pure: far out, every server with contents becomes a summary card (its counts
 * and figures) and its descendants leave the canvas, so React Flow draws hundreds of cards instead
 * of thousands. The switch follows the zoom with hysteresis; a double-click expands (or collapses)
 * one card by hand until the zoom crosses a threshold again. UI state only: never the document.
 */
import type { NodeKind } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { planTree, type PlanTree } from '../../shared/edit/planTree';
import type { Rect } from '../../shared/layout/planLayout';
import { counted } from '../../shared/format/counted';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';

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


/**
 * Plans from this many nodes leave off the canvas, at full detail, every node lying wholly outside
 * the region around the view (with all it holds): off screen it would not be drawn anyway, but
 * React Flow would still adopt it and its descendants on every change, and on every drag frame.
 */
export const OFFSCREEN_FROM = 1000;

/** The region kept on the canvas around a view: the view grown by half its size on every side. */
export function regionAround(view: Rect): Rect {
  return { x: view.x - view.width / 2, y: view.y - view.height / 2, width: view.width * 2, height: view.height * 2 };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The nodes shown as summary cards: every server with contents at the summary level, plus the overrides. */
export function collapsedIds(tree: PlanTree, level: DetailLevel, overrides: Overrides): Set<string> {
  const out = new Set<string>();
  if (level === 'summary') {
    for (const node of tree.byId.values()) {
      if (node.kind === 'server' && tree.childrenOf(node.id).length > 0 && overrides.get(node.id) !== false) out.add(node.id);
    }
  }
  for (const [id, collapsed] of overrides) {
    const node = tree.byId.get(id);
    if (collapsed && node && COLLAPSIBLE.has(node.kind) && tree.childrenOf(id).length > 0) out.add(id);
  }
  return out;
}

/** What the canvas holds: the ids of its nodes, depth-first with parents first, and their set. */
export interface Shown {
  readonly ids: readonly string[];
  readonly set: ReadonlySet<string>;
}

/**
 * The nodes on the canvas: every node but those inside a collapsed one and, given a region, those
 * lying wholly outside it (with everything inside them). `boxOf` gives a node's absolute box.
 * Visits only what it shows and the children of what it shows, never the whole plan.
 */
export function shownNodes(
  tree: PlanTree,
  collapsed: ReadonlySet<string>,
  region: Rect | null = null,
  boxOf: (id: string) => Rect | undefined = () => undefined,
): Shown {
  const ids: string[] = [];
  const visit = (id: string): void => {
    if (region) {
      const box = boxOf(id);
      if (box && !intersects(region, box)) return;
    }
    ids.push(id);
    if (collapsed.has(id)) return;
    for (const child of tree.childrenOf(id)) visit(child.id);
  };
  for (const root of tree.roots) visit(root.id);
  return { ids, set: new Set(ids) };
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

/** The bounds of the summary cards' text size, in flow pixels. */
export const SUMMARY_FONT = { min: 12, max: 64 } as const;

/**
 * One text size for every summary card on the canvas: the largest the smallest of them holds
 * (7 % of its width, 22 % of its height, as one card alone was sized), so cards of different sizes
 * read alike and none overflows. Null when there is no summary card.
 */
export function summaryFontSize(cards: Iterable<{ readonly width: number; readonly height: number }>): number | null {
  let fit = Infinity;
  for (const card of cards) fit = Math.min(fit, card.width * 0.07, card.height * 0.22);
  if (fit === Infinity) return null;
  return Math.round(Math.min(SUMMARY_FONT.max, Math.max(SUMMARY_FONT.min, fit)));
}

/** "2 servers · 40 VMs · 12 containers": the non-zero counts, biggest structures first, in `lang`. */
export function summaryText(s: SubtreeSummary, lang: Lang = ENGLISH): string {
  const parts = [
    s.servers > 0 ? counted(lang, 'server', s.servers) : '',
    s.hypervisors > 0 ? counted(lang, 'hypervisor', s.hypervisors) : '',
    s.vms > 0 ? counted(lang, 'vm', s.vms) : '',
    s.runtimes > 0 ? counted(lang, 'runtime', s.runtimes) : '',
    s.containers > 0 ? counted(lang, 'container', s.containers) : '',
  ];
  return parts.filter(Boolean).join(' · ') || lang.t('ui.card.empty');
}
