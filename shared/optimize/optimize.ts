/**
 * The consolidation optimizer (issue 12, docs/optimize.md): packs the VMs of a scope — and, with
 * P2V, its bare-metal workloads — onto the fewest hosts of one model, one new cluster per site,
 * keeping each service's VMs apart and passing the engine's own HA test for N+k.
 */
import { formatNumber } from '../format/numbers';
import { message, type Message } from '../i18n/message';
import { buildPlanIndex, type PlanIndex } from '../model/planIndex';
import type { Plan } from '../model/plan';
import { buildPlan, type PlacedGroup } from './buildPlan';
import { freshClusterName, type NewCluster } from './hosts';
import { checkOptions, type Limits } from './hostModel';
import { buildInstance } from './instance';
import { collect, type Group } from './scope';
import { solveGroup } from './solveGroup';
import type { GroupResult, OptimizeHooks, OptimizeOptions, OptimizeOutcome, Phase } from './types';

class Cancelled extends Error {}

export async function optimize(
  plan: Plan,
  options: OptimizeOptions,
  hooks: OptimizeHooks = {},
): Promise<OptimizeOutcome> {
  const checked = checkOptions(options, plan.settings);
  if (!checked.ok)
    return { ok: false, reason: checked.reason, message: checked.message, about: 'options' };
  const ix = buildPlanIndex(plan);
  const collected = collect(ix, {
    scope: options.scope,
    p2v: options.p2v ?? false,
    p2vSize: options.p2vSize ?? 1,
  });
  if (!collected.ok) {
    const said = collected.message ? { message: collected.message } : {};
    return { ok: false, reason: collected.reason, ...said, about: 'plan' };
  }
  const { groups } = collected.value;
  const tooLarge = oversized(ix, groups, checked.limits);
  if (tooLarge) return { ok: false, reason: tooLarge.reason, message: tooLarge.message, about: 'plan' };
  const clusters = nameClusters(ix, groups, options);
  const weights = groups.map((g) => g.units.length);
  const total = weights.reduce((a, b) => a + b, 0);
  let before = 0;
  let reported = 0;
  const placed: PlacedGroup[] = [];
  const results: GroupResult[] = [];
  try {
    for (const [g, group] of groups.entries()) {
      const cluster = clusters[g] as NewCluster;
      const inst = buildInstance(ix, group, checked.limits.cap, checked.limits.full, options.ha);
      const share = (weights[g] as number) / total;
      const step = async (phase: Phase, done: number, hosts?: number): Promise<void> => {
        await hooks.pause?.();
        if (hooks.signal?.aborted) throw new Cancelled();
        // Never backwards: the HA search reports mid-way points after later ones.
        const at = Math.max(reported, before + share * done);
        reported = at;
        hooks.onProgress?.(hosts === undefined ? { phase, done: at } : { phase, done: at, hosts });
      };
      const answer = await solveGroup({ ix, group, inst, cluster, hooks, step });
      before += share;
      placed.push({ group, cluster, layout: answer.layout });
      results.push({
        cluster: cluster.name,
        site: cluster.site,
        vms: group.units.length,
        hosts: answer.layout.hosts,
        lowerBound: answer.lowerBound,
        proven: answer.proven,
        tolerates: answer.tolerates,
      });
    }
  } catch (error) {
    if (error instanceof Cancelled)
      return { ok: false, reason: 'cancelled', about: 'plan', cancelled: true };
    throw error;
  }
  const built = buildPlan(ix, collected.value.hypervisors, placed);
  const hosts = results.reduce((sum, r) => sum + r.hosts, 0);
  const lowerBound = results.reduce((sum, r) => sum + r.lowerBound, 0);
  const p2v = groups.reduce((sum, g) => sum + g.units.filter((u) => u.p2v).length, 0);
  return {
    ok: true,
    result: {
      plan: built.plan,
      hosts,
      lowerBound,
      gap: lowerBound > 0 ? (hosts - lowerBound) / lowerBound : 0,
      proven: results.every((r) => r.proven),
      p2v,
      moved: total - p2v,
      retired: built.retired,
      groups: results,
    },
  };
}

const rounded = (value: number): number => Math.round(value * 100) / 100;

/** The first unit no host of the model can hold, as a message naming it. */
function oversized(
  ix: PlanIndex,
  groups: readonly Group[],
  limits: Limits,
): { reason: string; message: Message } | null {
  const { cap } = limits;
  for (const group of groups) {
    for (const unit of group.units) {
      if (unit.cpu <= cap.cpu + 1e-9 && unit.ram <= cap.ram + 1e-9) continue;
      const node = ix.nodes[unit.node];
      const what = unit.p2v
        ? `server "${node?.id}" (${node?.name}, as a P2V VM)`
        : `VM "${node?.id}" (${node?.name})`;
      const reason =
        `${what} needs ${formatNumber(unit.cpu)} vCPU and ${formatNumber(unit.ram)} GiB RAM; ` +
        `a host of the model holds at most ${formatNumber(cap.cpu)} vCPU and ${formatNumber(cap.ram)} GiB ` +
        '(cores × overcommit × headroom − reservations)';
      const said = message(unit.p2v ? 'optimize.oversized.p2v' : 'optimize.oversized.vm', {
        id: node?.id ?? '',
        name: node?.name ?? '',
        cpu: rounded(unit.cpu),
        ram: rounded(unit.ram),
        capCpu: rounded(cap.cpu),
        capRam: rounded(cap.ram),
      });
      return { reason, message: said };
    }
  }
  return null;
}

/** `consolidated`, or `consolidated-<site id>` per group when there are several; never taken. */
function nameClusters(
  ix: PlanIndex,
  groups: readonly Group[],
  options: OptimizeOptions,
): NewCluster[] {
  const taken = new Set(ix.clusters.map((c) => c.name));
  const idTaken = (prefix: string): boolean => ix.ids.some((id) => id.startsWith(prefix));
  return groups.map((group) => {
    const site = group.site >= 0 ? (ix.ids[group.site] as string) : null;
    const base = groups.length > 1 ? `consolidated-${site ?? 'no-site'}` : 'consolidated';
    const name = freshClusterName(base, taken, idTaken);
    taken.add(name);
    return { name, site, model: options.host };
  });
}
