/**
 * The optimizer benchmark (issue 12): on the synthetic estates of 1k, 10k and 100k nodes, the time
 * of a whole-plan consolidation (N+1, with P2V) and its hosts against the lower bound; every answer
 * is checked by the independent verifier, outside the timing. Options: --sizes=1k,10k  --quick
 * --write (results are written to bench/results/optimize.{md,json} on a full run, or with --write).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { highsMip } from '../../node/solver/highsMip';
import { optimize } from '../../shared/optimize/optimize';
import type { OptimizeOptions, OptimizeResult } from '../../shared/optimize/types';
import { verifyProposal } from '../../shared/optimize/verify';
import { BENCH_SIZES, generatePlan } from '../generatePlan';
import { describeMachine, median } from '../measure';
import { optimizeMarkdown, type OptimizeRun, type OptimizeResults } from './optimizeResults';

export const SETTINGS: OptimizeOptions = {
  scope: [],
  host: {
    cpuCores: 64,
    ramGiB: 1024,
    product: 'VMware ESXi',
    hostOs: null,
    reservedCpuCores: 2,
    reservedRamGiB: 8,
  },
  ha: 1,
  headroom: 1,
  p2v: true,
  p2vSize: 0.5,
};

const SIZES = ['1k', '10k', '100k'];
const collectGarbage = (globalThis as { gc?: () => void }).gc;

async function once(plan: ReturnType<typeof generatePlan>): Promise<{
  ms: number;
  cpuMs: number;
  longestStepMs: number;
  result: OptimizeResult;
}> {
  collectGarbage?.();
  let last = performance.now();
  let longest = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const outcome = await optimize(plan, SETTINGS, {
    solveMip: highsMip,
    pause: async () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    },
  });
  const ms = performance.now() - started;
  longest = Math.max(longest, performance.now() - last);
  const used = process.cpuUsage(cpu);
  if (!outcome.ok) throw new Error(outcome.reason);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    longestStepMs: longest,
    result: outcome.result,
  };
}

async function benchSize(label: string, nodes: number, quick: boolean): Promise<OptimizeRun> {
  const plan = generatePlan({ nodes });
  const runs = quick || nodes >= 100_000 ? 3 : 7;
  await once(plan); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once(plan));
  const { result } = samples[0] as { result: OptimizeResult };
  const problems = verifyProposal(plan, SETTINGS, result);
  if (problems.length > 0)
    throw new Error(`${label}: the answer fails its check: ${problems.slice(0, 5).join('; ')}`);
  const run: OptimizeRun = {
    label,
    nodes: plan.nodes.length,
    vms: result.moved + result.p2v,
    p2v: result.p2v,
    serversBefore: plan.nodes.filter((n) => n.kind === 'server').length,
    hosts: result.hosts,
    lowerBound: result.lowerBound,
    proven: result.proven,
    clusters: result.groups.map((g) => ({
      name: g.cluster,
      vms: g.vms,
      hosts: g.hosts,
      lowerBound: g.lowerBound,
      tolerates: g.tolerates,
    })),
    medianMs: median(samples.map((s) => s.ms)),
    minMs: Math.min(...samples.map((s) => s.ms)),
    cpuMedianMs: median(samples.map((s) => s.cpuMs)),
    longestStepMs: Math.max(...samples.map((s) => s.longestStepMs)),
    samples: runs,
  };
  console.log(
    `${label.padStart(5)}: ${run.vms} VMs → ${run.hosts} hosts (bound ${run.lowerBound}${run.proven ? ', proven' : ''}), ` +
      `median ${run.medianMs.toFixed(0)} ms, min ${run.minMs.toFixed(0)} ms, longest step ${run.longestStepMs.toFixed(0)} ms`,
  );
  return run;
}

async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const wanted = argv
    .find((a) => a.startsWith('--sizes='))
    ?.slice('--sizes='.length)
    .split(',');
  const labels = wanted ?? SIZES;
  const unknown = labels.filter((l) => !BENCH_SIZES.some((s) => s.label === l));
  if (unknown.length > 0) throw new Error(`unknown size ${unknown.join(', ')}`);
  const loadBefore = loadavg()[0] ?? 0;
  console.log(
    `Optimizer benchmark${quick ? ' (quick)' : ''} (load average ${loadBefore.toFixed(2)})`,
  );
  const runs: OptimizeRun[] = [];
  for (const size of BENCH_SIZES.filter((s) => labels.includes(s.label)))
    runs.push(await benchSize(size.label, size.nodes, quick));
  const results: OptimizeResults = {
    machine: describeMachine(),
    loadAverage: [loadBefore, loadavg()[0] ?? 0],
    settings: SETTINGS,
    runs,
  };
  const markdown = optimizeMarkdown(results);
  console.log(`\n${markdown}`);
  if (argv.includes('--write') || (!quick && !wanted)) {
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/optimize.md', markdown);
    writeFileSync('bench/results/optimize.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('written: bench/results/optimize.md, bench/results/optimize.json');
  }
}

await main(process.argv.slice(2));
