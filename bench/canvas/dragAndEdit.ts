/**
 * Drag a VM onto the hypervisor of a nearby host of another cluster (real mouse down, moves, up),
 * then select a VM and change it in the inspector. Every point pressed is hit-tested first, and
 * the drag stays clear of places where top-level nodes overlap: in the synthetic plans of 2,000
 * nodes and more the secondary site is placed over part of the primary one, so a card can be in
 * view yet under another, and a drop there may be judged against the other site.
 */
import { join } from 'node:path';
import type { DragResult, EditResult } from './canvasResults';
import { tracedChange } from './changeCpu';
import { median } from './frameStats';
import type { Point } from './gestures';
import { WHEEL_FACTOR, dragWithoutRelease, wheelZoom } from './gestures';
import { armChange, nodeRects, paneAndZoom, settleNodes, topNodeIds, waitChange, type ChangeTiming, type Rect } from './pageProbes';
import { centreOf, distance, gesture, inside, phase, sleep, type Box, type Run } from './pageRun';
import { isWithin, type HostFacts } from './planFacts';

export interface PlanShape {
  readonly hosts: readonly HostFacts[];
  readonly parentOf: ReadonlyMap<string, string | null>;
  /** Top-level node ids. */
  readonly roots: readonly string[];
}

interface Seen {
  readonly host: HostFacts;
  readonly rect: Rect;
}

/** Where the drag happens: zoomed to half size, at the gap between the two hosts' cards. */
const WORKING_ZOOM = 0.5;

/** The points of two boxes nearest each other. */
function nearestPoints(a: Box, b: Box): [Point, Point] {
  const clamp = (p: Point, r: Box): Point => ({ x: Math.min(Math.max(p.x, r.x), r.x + r.width), y: Math.min(Math.max(p.y, r.y), r.y + r.height) });
  const onB = clamp(centreOf(a), b);
  return [clamp(onB, a), onB];
}

const gap = (a: Box, b: Box): number => distance(...nearestPoints(a, b));

/** Whether exactly one top-level node covers `p`. */
async function clearOfOverlaps(run: Run, plan: PlanShape, points: readonly Point[]): Promise<boolean[]> {
  const roots = await run.page.evaluate(nodeRects, [...plan.roots]);
  const covers = (r: Rect, p: Point): boolean => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
  return points.map((p) => roots.filter((r) => covers(r, p)).length === 1);
}

/** The visible host nearest the middle of the view, and the nearest visible host of another cluster. */
async function pickHosts(run: Run, plan: PlanShape, pane: Box): Promise<{ from: Seen; to: Seen } | null> {
  const byId = new Map(plan.hosts.map((h) => [h.serverId, h]));
  const inView = (await run.page.evaluate(nodeRects, [...byId.keys()])).filter((r) => inside(centreOf(r), pane));
  const clear = await clearOfOverlaps(run, plan, inView.map(centreOf));
  const rects = inView.filter((_, i) => clear[i]);
  const hits = await run.page.evaluate(topNodeIds, rects.map(centreOf));
  const seen: Seen[] = [];
  rects.forEach((rect, i) => {
    const host = byId.get(rect.id);
    if (host && isWithin(plan.parentOf, hits[i] ?? null, rect.id)) seen.push({ host, rect });
  });
  const middle = centreOf(pane);
  const from = [...seen].sort((a, b) => distance(centreOf(a.rect), middle) - distance(centreOf(b.rect), middle))[0];
  if (!from) return null;
  const others = seen.filter((s) => s.host !== from.host).sort((a, b) => gap(a.rect, from.rect) - gap(b.rect, from.rect));
  // Another cluster, so that the drop changes that cluster's figures in the panel.
  const to = others.find((s) => s.host.cluster !== from.host.cluster) ?? others[0];
  return to ? { from, to } : null;
}

/** The first of `ids` whose card is on top at its centre, inside the view. */
async function visibleNode(run: Run, ids: readonly string[], pane: Box): Promise<Rect | null> {
  const rects = (await run.page.evaluate(nodeRects, [...ids])).filter((r) => inside(centreOf(r), pane, 0.02));
  const hits = await run.page.evaluate(topNodeIds, rects.map(centreOf));
  return rects.find((r, i) => hits[i] === r.id) ?? null;
}

/** A point of `rect` inside the view where the node on top is `id` or inside it. */
async function pointWithin(run: Run, plan: PlanShape, id: string, rect: Rect, pane: Box): Promise<Point | null> {
  const left = Math.max(rect.x, pane.x + 8);
  const top = Math.max(rect.y, pane.y + 8);
  const shown = { x: left, y: top, width: Math.min(rect.x + rect.width, pane.x + pane.width - 8) - left, height: Math.min(rect.y + rect.height, pane.y + pane.height - 8) - top };
  if (shown.width <= 0 || shown.height <= 0) return null;
  const points = [centreOf(shown), { x: shown.x + 12, y: shown.y + shown.height - 6 }, { x: shown.x + shown.width / 2, y: shown.y + shown.height - 6 }];
  const hits = await run.page.evaluate(topNodeIds, points);
  return points.find((_, i) => isWithin(plan.parentOf, hits[i] ?? null, id)) ?? null;
}

/** Fits the plan, then zooms in between a host near the middle and the nearest host of another cluster. */
async function zoomOntoHosts(run: Run, plan: PlanShape): Promise<{ from: Seen; to: Seen; pane: Box }> {
  const { page, bench } = run;
  await bench.fit(page);
  await page.evaluate(settleNodes, { load: null, stableMs: 300, stableFrames: 5, timeoutMs: run.options.openTimeoutMs });
  const pane = await page.evaluate(paneAndZoom);
  const pair = await pickHosts(run, plan, pane);
  if (!pair) throw new Error('no two hosts in view');
  const [a, b] = nearestPoints(pair.from.rect, pair.to.rect);
  const steps = Math.max(0, Math.floor(Math.log(WORKING_ZOOM / pane.zoom) / Math.log(WHEEL_FACTOR)));
  await wheelZoom(page, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, steps);
  await page.evaluate(settleNodes, { load: null, stableMs: 300, stableFrames: 5, timeoutMs: run.options.openTimeoutMs });
  return { ...pair, pane };
}

/** Where a change's trace is kept: beside the profiles, or in STRATA_BENCH_TRACE_DIR (see README). */
function keptTrace(run: Run, name: string): string | undefined {
  const dir = run.options.profileDir ?? process.env.STRATA_BENCH_TRACE_DIR;
  return dir ? join(dir, `${run.label}-${run.bench.name}-${name}-cpu.trace.json`) : undefined;
}

export async function drag(run: Run, plan: PlanShape): Promise<{ result: DragResult; vms: string[] }> {
  const { page, bench } = run;
  const { pane, ...pair } = await zoomOntoHosts(run, plan);
  const targetId = pair.to.host.hypervisorId;
  const [target] = await page.evaluate(nodeRects, [targetId]);
  const to = target ? await pointWithin(run, plan, targetId, target, pane) : null;
  if (!to) throw new Error(`hypervisor ${targetId} not in view`);
  if (!(await clearOfOverlaps(run, plan, [to]))[0]) throw new Error(`hypervisor ${targetId} lies where sites overlap`);
  const vms = pair.from.host.leafVms;
  const nearest = (await page.evaluate(nodeRects, [...vms])).sort((a, b) => distance(centreOf(a), to) - distance(centreOf(b), to));
  const vm = await visibleNode(run, nearest.map((r) => r.id), pane);
  if (!vm) throw new Error(`no VM of ${pair.from.host.serverId} in view`);

  const figure = bench.dropFigure(pair.from.host, pair.to.host);
  await bench.revealFigure?.(page, figure);
  const moved = await gesture(run, 'drag', () => dragWithoutRelease(page, centreOf(vm), to, run.options.dragMs));
  await page.evaluate(armChange, { event: 'pointerup' as const, selector: figure, attribute: bench.figureAttribute, timeoutMs: run.options.changeTimeoutMs });
  const { value: drop } = await phase(run, 'drop', async () => {
    const { value, cpuMs } = await tracedChange(
      page,
      async () => {
        await page.mouse.up();
        return page.evaluate(waitChange);
      },
      keptTrace(run, 'drop'),
    );
    return value && { ...value, cpuMs };
  });
  const result: DragResult = { ...moved, vmId: vm.id, fromHostId: pair.from.host.serverId, toHostId: pair.to.host.serverId, drop };
  return { result, vms: [vm.id, ...pair.to.host.leafVms, ...vms] };
}

/**
 * Selects a visible VM (one of `candidates`, else one of the hosts it zooms onto), then types new
 * values into the inspector and presses Enter.
 */
export async function edit(run: Run, plan: PlanShape, candidates: readonly string[]): Promise<EditResult> {
  const { page, bench } = run;
  await sleep(300);
  let node = await visibleNode(run, candidates, await page.evaluate(paneAndZoom));
  if (!node) {
    const { from, to, pane } = await zoomOntoHosts(run, plan);
    node = await visibleNode(run, [...from.host.leafVms, ...to.host.leafVms], pane);
  }
  if (!node) throw new Error('no VM in view to select');
  const at = centreOf(node);
  await page.mouse.click(at.x, at.y);
  await bench.selected(page, node.id);
  const input = page.locator(bench.editInput);
  const samples: (ChangeTiming | null)[] = [];
  for (let i = 0; i < run.options.editSamples; i += 1) {
    await input.fill(bench.editValue(i));
    await sleep(200);
    await page.evaluate(armChange, { event: 'keydown' as const, selector: bench.editFigure, attribute: bench.figureAttribute, timeoutMs: run.options.changeTimeoutMs });
    const { value } = await phase(run, `edit-${i + 1}`, async () => {
      const traced = await tracedChange(
        page,
        async () => {
          await input.press('Enter');
          return page.evaluate(waitChange);
        },
        keptTrace(run, `edit-${i + 1}`),
      );
      return traced.value && { ...traced.value, cpuMs: traced.cpuMs };
    });
    samples.push(value);
  }
  const painted = samples.flatMap((s) => (s ? [s.paintedMs] : []));
  return { nodeId: node.id, samples, medianPaintedMs: painted.length > 0 ? median(painted) : null };
}
