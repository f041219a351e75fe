/**
 * The report after a move (issue 13: a drop → figures painted ≤ 50 ms at 10k): a VM of one cluster
 * dropped on a host of another through shared/edit's moveNodes, then the index of the moved plan
 * and its report, each built afresh and from the one before (shared/model/planIndexMove.ts,
 * shared/metrics/moveScope.ts), as the editor computes them. Checks they are equal first.
 *
 * `npm run bench -- move [--quick] [--sizes=2k,10k]`; prints, writes nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { loadavg } from 'node:os';
import { moveNodes } from '../shared/edit';
import { reportState } from '../shared/metrics/report';
import type { HypervisorNode, Plan } from '../shared/model';
import { buildPlanIndex } from '../shared/model/planIndex';
import { derivePlanIndex } from '../shared/model/planIndexDerive';
import { BENCH_SIZES, generatePlan } from './generatePlan';
import { FULL, QUICK, measureRounds } from './measure';

/** A leaf VM of the first cluster and a host of another: the canvas benchmark's kind of drop. */
function dropped(plan: Plan): Plan {
  const hosts = plan.nodes.filter((n): n is HypervisorNode => n.kind === 'hypervisor');
  const first = hosts[0];
  const other = hosts.find((h) => h.cluster !== first?.cluster);
  const parents = new Set(plan.nodes.map((n) => n.parentId));
  const vm = plan.nodes.find(
    (n) => n.kind === 'vm' && n.parentId === first?.id && !parents.has(n.id),
  );
  if (!first || !other || !vm) throw new Error('no VM to move between clusters');
  const result = moveNodes(plan, [{ id: vm.id, parentId: other.id }]);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
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
  }
  console.log(`load average after: ${(loadavg()[0] ?? 0).toFixed(2)}`);
}

main(process.argv.slice(2));
