/**
 * One group to one cluster: pack tight (first-fit decreasing, then emptying the least-used host),
 * then find the fewest hosts on which the engine's HA test passes — spreading the VMs evenly or
 * keeping the tight packing with empty hosts beside it — and, for small groups, ask an exact
 * solver whether fewer hosts can do, keeping the better answer.
 */
import type { PlanIndex } from '../model/planIndex';
import { exactModel, layoutFromAnswer } from './exactModel';
import { tolerance } from './haCheck';
import type { NewCluster } from './hosts';
import { largestSet, lowerBound, totals, up, type Instance } from './instance';
import { firstFitDecreasing, spread, type Layout } from './layout';
import type { Group } from './scope';
import { emptyLeastUsed } from './search';
import type { OptimizeHooks, Phase } from './types';

export interface GroupAnswer {
  readonly layout: Layout;
  readonly tolerates: number;
  readonly lowerBound: number;
  readonly proven: boolean;
}

export interface GroupContext {
  readonly ix: PlanIndex;
  readonly group: Group;
  readonly inst: Instance;
  readonly cluster: NewCluster;
  readonly hooks: OptimizeHooks;
  /** Reports a step: the phase and the fraction of this group done. */
  readonly step: (phase: Phase, done: number, hosts?: number) => Promise<void>;
}

export const EXACT_LIMIT = 300;
export const EXACT_SECONDS = 10;

export async function solveGroup(ctx: GroupContext): Promise<GroupAnswer> {
  const { inst, hooks } = ctx;
  const total = totals(inst);
  const bound = lowerBound(inst);
  const packFloor = Math.max(
    up(total.cpu / inst.cap.cpu),
    up(total.ram / inst.cap.ram),
    largestSet(inst),
  );
  await ctx.step('pack', 0);
  const packed = firstFitDecreasing(inst);
  await ctx.step('search', 0.2, packed.hosts);
  emptyLeastUsed(packed, packFloor);
  await ctx.step('ha', 0.4, packed.hosts);
  let best = await withHa(ctx, packed, bound);
  let proven = best.layout.hosts <= bound;
  let provenBound = bound;
  const limit = hooks.exactLimit ?? EXACT_LIMIT;
  if (!proven && hooks.solveMip && inst.size <= limit) {
    await ctx.step('exact', 0.6, best.layout.hosts);
    const hosts = best.layout.hosts - 1;
    const atLeast = Math.max(
      up(total.cpu / inst.full.cpu) + inst.ha,
      up(total.ram / inst.full.ram) + inst.ha,
      inst.ha + 1,
    );
    const answer = await hooks.solveMip(
      exactModel(inst, hosts, atLeast),
      hooks.exactSeconds ?? EXACT_SECONDS,
    );
    if (answer.status === 'infeasible') provenBound = best.layout.hosts;
    const found = layoutFromAnswer(inst, hosts, answer);
    if (found) {
      if (answer.status === 'optimal') provenBound = Math.max(bound, found.hosts);
      await ctx.step('ha', 0.8, best.layout.hosts);
      const repaired = await withHa(ctx, found, bound);
      if (repaired.layout.hosts < best.layout.hosts) best = repaired;
    }
    proven = best.layout.hosts <= provenBound;
  }
  await ctx.step('plan', 1, best.layout.hosts);
  return { ...best, lowerBound: bound, proven };
}

interface Tested {
  readonly layout: Layout;
  readonly tolerates: number;
}

/**
 * The fewest hosts, from `start`'s count up, on which a layout passes the engine's HA test:
 * first at the bound, then doubling the hosts added, then halving back.
 */
async function withHa(ctx: GroupContext, start: Layout, bound: number): Promise<Tested> {
  const { inst } = ctx;
  const test = (layout: Layout): Tested => ({
    layout,
    tolerates: tolerance(ctx.ix, ctx.group, ctx.cluster, layout),
  });
  if (inst.ha === 0) return test(start);
  const total = totals(inst);
  let largestRam = 0;
  for (let u = 0; u < inst.size; u++) largestRam = Math.max(largestRam, inst.ram[u] as number);
  const at = async (n: number): Promise<Tested | null> => {
    const evenly = (): Layout | null => spread(inst, n);
    const spare = (): Layout | null => (n >= start.hosts ? start.padded(n - start.hosts) : null);
    // Evenly loaded hosts first (what a planner would lay out) when each host would keep room for
    // the largest VM; else the tight packing with empty hosts beside it first, where the failed
    // hosts' VMs have whole hosts to restart on (the spread's room is then too fragmented).
    const room = (n * inst.full.ram - total.ram) / Math.max(1, n - inst.ha);
    const order = room >= largestRam ? [evenly, spare] : [spare, evenly];
    for (const make of order) {
      await ctx.step('ha', 0.5);
      const candidate = make();
      if (!candidate) continue;
      await ctx.step('ha', 0.5);
      const tested = test(candidate);
      if (tested.tolerates >= inst.ha) return tested;
    }
    return null;
  };
  const first = Math.max(start.hosts, bound);
  const found = await at(first);
  if (found) return found;
  // One VM per host and k empty hosts always pass, so the search ends.
  const ceiling = start.hosts + inst.size + inst.ha;
  let lo = first;
  let hi = -1;
  let passing: Tested | null = null;
  for (let step = 1; hi < 0; step *= 2) {
    const n = Math.min(first + step, ceiling);
    passing = await at(n);
    if (passing) hi = n;
    else if (n >= ceiling) throw new Error('no layout passes the HA test');
    else lo = n;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const tested = await at(mid);
    if (tested) {
      hi = mid;
      passing = tested;
    } else lo = mid;
  }
  return passing as Tested;
}
