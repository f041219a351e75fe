/**
 * The report after a move (issue 13: a drop → figures painted ≤ 50 ms at 10k): a VM of one cluster
 * dropped on a host of another through shared/edit's moveNodes, then the index of the moved plan
 * and its report, each built afresh and from the one before (shared/model/planIndexMove.ts,
 * shared/metrics/moveScope.ts), as the editor computes them. Checks they are equal first.
 *
 * Then the editor's steps on a drop, one by one, as the app runs them: a VM dropped on a host of
 * another cluster and back, again and again (moveNodes, resolveOverlaps, the index and the report
 * from the ones before, the worst failures ranked, the figures' texts); median of the drops.
 *
 * `npm run bench -- move [--quick] [--sizes=2k,10k]`; prints, writes nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { loadavg } from 'node:os';
import { moveNodes, resolveOverlaps } from '../shared/edit';
import { figureMap } from '../shared/format/figureTexts';
import { ENGLISH } from '../shared/i18n/lang';
import { rankFailures } from '../shared/metrics/failureRanking';
import { savedTopLevelBoxes } from '../shared/layout/planLayout';
import type { ReportState } from '../shared/metrics/report';
import { reportState } from '../shared/metrics/report';
import type { HypervisorNode, Plan } from '../shared/model';
import { buildPlanIndex } from '../shared/model/planIndex';
import { derivePlanIndex } from '../shared/model/planIndexDerive';
import { BENCH_SIZES, generatePlan } from './generatePlan';
import { FULL, QUICK, measureRounds } from './measure';

/** A leaf VM of the first cluster, its host and a host of another: the canvas benchmark's drop. */
function dropEnds(plan: Plan): { vm: string; home: string; other: string } {
  const hosts = plan.nodes.filter((n): n is HypervisorNode => n.kind === 'hypervisor');
  const first = hosts[0];
  const other = hosts.find((h) => h.cluster !== first?.cluster);
  const parents = new Set(plan.nodes.map((n) => n.parentId));
  const vm = plan.nodes.find(
    (n) => n.kind === 'vm' && n.parentId === first?.id && !parents.has(n.id),
  );
  if (!first || !other || !vm) throw new Error('no VM to move between clusters');
  return { vm: vm.id, home: first.id, other: other.id };
}

function dropped(plan: Plan): Plan {
  const { vm, other } = dropEnds(plan);
  const result = moveNodes(plan, [{ id: vm, parentId: other }]);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

const STEPS = ['moveNodes', 'resolveOverlaps', 'index', 'report', 'ranking', 'figureTexts'] as const;

/** The editor's steps on `drops` drops back and forth: median ms of each step and of them all. */
function dropSteps(plan0: Plan, drops: number): Record<(typeof STEPS)[number] | 'all', number> {
  const { vm, home, other } = dropEnds(plan0);
  let plan = plan0;
  let state: ReportState = reportState(buildPlanIndex(plan));
  savedTopLevelBoxes(plan);
  const times = new Map<string, number[]>();
  const timed = <T>(name: string, work: () => T): T => {
    const start = performance.now();
    const value = work();
    const list = times.get(name) ?? [];
    list.push(performance.now() - start);
    times.set(name, list);
    return value;
  };
  for (let d = 0; d < drops; d++) {
    const start = performance.now();
    const result = timed('moveNodes', () =>
      moveNodes(plan, [{ id: vm, parentId: d % 2 === 0 ? other : home }]),
    );
    if (!result.ok) throw new Error(result.reason);
    const next = timed('resolveOverlaps', () => resolveOverlaps(result.plan, result.ids, plan));
    const ix = timed('index', () => derivePlanIndex(state.index, next));
    state = timed('report', () => reportState(ix, state));
    const entries = state.report.blastRadius.nodes;
    timed('ranking', () => [rankFailures(entries, 5), rankFailures(entries, 1)]);
    const report = state.report;
    timed('figureTexts', () => figureMap(report, (id) => ix.getNode(id)?.name ?? id, ENGLISH));
    const list = times.get('all') ?? [];
    list.push(performance.now() - start);
    times.set('all', list);
    plan = next;
  }
  const median = (name: string): number => {
    const sorted = [...(times.get(name) ?? [])].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return Object.fromEntries(
    [...STEPS, 'all' as const].map((name) => [name, median(name)]),
  ) as Record<(typeof STEPS)[number] | 'all', number>;
}

function main(argv: readonly string[]): void {
  const quick = argv.includes('--quick');
  const wanted = argv
    .find((arg) => arg.startsWith('--sizes='))
    ?.slice('--sizes='.length)
    .split(',');
  const sizes = BENCH_SIZES.filter((s) =>
    wanted ? wanted.includes(s.label) : s.label === '2k' || s.label === '10k',
  );
  console.log(
    `Report after a move${quick ? ' (quick)' : ''}: median (min) of repeated runs, ms; load average ${(loadavg()[0] ?? 0).toFixed(2)}`,
  );
  for (const size of sizes) {
    const plan = generatePlan({ nodes: size.nodes });
    const before = reportState(buildPlanIndex(plan));
    const moved = dropped(plan);
    const ix = buildPlanIndex(moved);
    if (
      !isDeepStrictEqual(
        reportState(derivePlanIndex(before.index, moved), before).report,
        reportState(ix).report,
      )
    )
      throw new Error(`${size.label}: the report after the move differs from the one built afresh`);
    const { timings } = measureRounds(
      {
        index: () => buildPlanIndex(moved),
        // A new plan object each time: the move's mapping is found again, not taken from its cache.
        derived: () => derivePlanIndex(before.index, { ...moved }),
        full: () => reportState(ix),
        incremental: () => reportState(ix, before),
      },
      quick ? QUICK : FULL,
    );
    const cell = (k: keyof typeof timings): string =>
      `${timings[k].medianMs.toFixed(1)} (${timings[k].minMs.toFixed(1)})`;
    console.log(
      `${size.label.padStart(5)}: index of the moved plan afresh ${cell('index')}, from the one before ${cell('derived')}; report afresh ${cell('full')}, report from the one before ${cell('incremental')}`,
    );
    const steps = dropSteps(plan, quick ? 60 : 200);
    console.log(
      `${' '.repeat(5)}  the editor's steps, median of ${quick ? 60 : 200} drops: ${[...STEPS, 'all' as const]
        .map((name) => `${name} ${steps[name].toFixed(2)}`)
        .join(' · ')}`,
    );
  }
  console.log(`load average after: ${(loadavg()[0] ?? 0).toFixed(2)}`);
}

main(process.argv.slice(2));
