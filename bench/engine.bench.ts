/**
 * The engine benchmark (issue 2, "Speed"): for each synthetic plan size, the time of JSON.parse of
 * the file text (the floor), load, validate, load + validate, the full report, and text → report;
 * the peak RSS of a fresh process doing text → report; and the targets, PASS or FAIL.
 *
 * Run through `npm run bench` (scripts/bench.mjs bundles this file and runs it with
 * --expose-gc from the repository root). Options: --sizes=500,10k  --quick  --write
 * (results are written to bench/results/ on a full run, or with --write).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan } from '../shared/load/loadPlan';
import { buildReport } from '../shared/metrics/report';
import type { Plan } from '../shared/model';
import { validatePlan } from '../shared/validate/validatePlan';
import type { EngineResults, Operation, SizeResult } from './engineResults';
import {
  OPERATIONS,
  OPERATION_LABEL,
  checkTargets,
  checksText,
  resultsMarkdown,
} from './engineResults';
import { BENCH_SIZES, generatePlan } from './generatePlan';
import { FULL, QUICK, describeMachine, gcExposed, measureRounds, median } from './measure';
import { planText } from './planText';

const RSS_CHILD_FLAG = '--rss-child';

function load(text: string): Plan {
  const result = loadPlan(text);
  if (!result.ok) throw new Error(`the generated plan does not load: ${result.error.message}`);
  return result.plan;
}

/** In the child process: text → report once, then print the peak RSS. */
function rssChild(file: string): void {
  const text = readFileSync(file, 'utf8');
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const report = buildReport(load(text));
  const ms = performance.now() - started;
  const { maxRSS } = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({ maxRssKiB: maxRSS, beforeKiB: before, ms, issues: report.issues.length })}\n`,
  );
}

function peakRss(text: string): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'strata-bench-'));
  try {
    const file = join(dir, 'plan.strata');
    writeFileSync(file, text);
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), RSS_CHILD_FLAG, file],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) {
      process.stderr.write(`peak RSS child failed: ${child.stderr}\n`);
      return null;
    }
    const { maxRssKiB } = JSON.parse(child.stdout) as { maxRssKiB: number };
    return maxRssKiB / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchSize(label: string, nodes: number, quick: boolean): SizeResult {
  const plan = generatePlan({ nodes });
  const text = planText(plan);
  const loaded = load(text);
  const options = quick ? QUICK : FULL;
  const ops: Readonly<Record<Operation, () => unknown>> = {
    parse: () => JSON.parse(text),
    load: () => load(text),
    validate: () => validatePlan(loaded),
    loadValidate: () => validatePlan(load(text)),
    report: () => buildReport(loaded),
    total: () => buildReport(load(text)),
  };
  const { timings, samples } = measureRounds(ops, options);
  const reportOverParse = median(
    samples.report.map((report, round) => report / (samples.parse[round] as number)),
  );
  const cells = OPERATIONS.map(
    (op) => `${OPERATION_LABEL[op]} ${timings[op].medianMs.toFixed(1)} ms`,
  );
  const peakRssMiB = peakRss(text);
  const rss = peakRssMiB === null ? '' : `, peak RSS ${peakRssMiB.toFixed(0)} MiB`;
  console.log(
    `${label.padStart(5)}: ${plan.nodes.length} nodes, ${(text.length / 1e6).toFixed(2)} MB — ${cells.join(', ')}${rss}`,
  );
  const textBytes = Buffer.byteLength(text);
  return {
    label,
    nodes: plan.nodes.length,
    links: plan.links.length,
    textBytes,
    timings,
    reportOverParse,
    peakRssMiB,
  };
}

function main(argv: readonly string[]): void {
  const childAt = argv.indexOf(RSS_CHILD_FLAG);
  if (childAt >= 0) {
    rssChild(argv[childAt + 1] ?? '');
    return;
  }
  const quick = argv.includes('--quick');
  const sizesArg = argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length);
  const wanted = sizesArg?.split(',').map((s) => s.trim());
  const unknown =
    wanted?.filter((label) => !BENCH_SIZES.some((size) => size.label === label)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `unknown size ${unknown.join(', ')}; sizes are ${BENCH_SIZES.map((s) => s.label).join(', ')}`,
    );
  if (!gcExposed) console.log('(node runs without --expose-gc: no collection between samples)');

  const loadBefore = loadavg()[0] ?? 0;
  console.log(
    `Engine benchmark${quick ? ' (quick)' : ''}: median of repeated runs, ms (load average ${loadBefore.toFixed(2)})`,
  );
  const sizes = BENCH_SIZES.filter((size) => !wanted || wanted.includes(size.label)).map((size) =>
    benchSize(size.label, size.nodes, quick),
  );
  const results: EngineResults = {
    machine: describeMachine(),
    loadAverage: [loadBefore, loadavg()[0] ?? 0],
    gcBetweenSamples: gcExposed,
    sizes,
    checks: checkTargets(sizes),
  };
  const markdown = resultsMarkdown(results);
  console.log(`\n${markdown}`);
  console.log(checksText(results.checks));

  if (argv.includes('--write') || (!quick && !wanted)) {
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/engine.md', markdown);
    writeFileSync('bench/results/engine.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwritten: bench/results/engine.md, bench/results/engine.json');
  }
}

main(process.argv.slice(2));
