/**
 * The fuzz loop: input i of a run with seed S is made from seed S + i alone, so any input can be
 * made again (`npm run fuzz -- --seed S+i --n 1 --target NAME`). A throw (or a rejected promise:
 * the importers are async) is a crash; a run slower than `slowMs` is a hang (the long run also
 * stops a stuck input from outside). Each input is a crash, a hang, a clean error (`refused`), a
 * result with warnings (`warned`) or without (`accepted`).
 */
import { Random } from '../../bench/random';
import type { FuzzInput, FuzzTarget, Outcome } from './targets';

export interface Finding {
  readonly target: string;
  readonly seed: number;
  /**
   * A crash or a hang is the target's; a stall is the harness's own (making the input took longer
   * than the long run allows it): that input never ran, so the run is not clean either.
   */
  readonly kind: 'crash' | 'hang' | 'stall';
  readonly detail: string;
}

export interface FuzzSummary {
  inputs: number;
  accepted: number;
  warned: number;
  refused: number;
  crashes: number;
  hangs: number;
  stalls: number;
  slowestMs: number;
  readonly findings: Finding[];
}

export interface FuzzOptions {
  readonly n: number;
  readonly seed: number;
  readonly slowMs: number;
  readonly large: boolean;
  /**
   * Called before each input with the summary of the inputs before it, and again once it is made
   * (`mutated`): the long run's watchdog knows what was running, and where, if it sticks.
   */
  readonly onInput?: (target: string, seed: number, done: FuzzSummary) => void;
  readonly onMutated?: (target: string, seed: number) => void;
}

export function emptySummary(): FuzzSummary {
  return {
    inputs: 0,
    accepted: 0,
    warned: 0,
    refused: 0,
    crashes: 0,
    hangs: 0,
    stalls: 0,
    slowestMs: 0,
    findings: [],
  };
}

/** One input of `target`, made from `seed`, run; its outcome, or what went wrong. */
export async function fuzzOne(
  target: FuzzTarget,
  seeds: readonly FuzzInput[],
  seed: number,
  large: boolean,
  onMutated?: () => void,
): Promise<{ outcome: Outcome | null; ms: number; error: string | null }> {
  const rnd = new Random(seed);
  const input = target.mutate(seeds[rnd.int(0, seeds.length - 1)] ?? '', rnd, large);
  onMutated?.();
  const started = performance.now();
  try {
    const outcome = await target.run(input);
    return { outcome, ms: performance.now() - started, error: null };
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { outcome: null, ms: performance.now() - started, error: detail };
  }
}

export async function runFuzz(
  targets: readonly FuzzTarget[],
  options: FuzzOptions,
  summary = emptySummary(),
): Promise<FuzzSummary> {
  for (const target of targets) {
    const seeds = target.seeds();
    for (let i = 0; i < options.n; i += 1) {
      const seed = (options.seed + i) >>> 0;
      options.onInput?.(target.name, seed, summary);
      const { outcome, ms, error } = await fuzzOne(target, seeds, seed, options.large, () =>
        options.onMutated?.(target.name, seed),
      );
      summary.inputs += 1;
      summary.slowestMs = Math.max(summary.slowestMs, ms);
      if (error !== null) {
        summary.crashes += 1;
        summary.findings.push({ target: target.name, seed, kind: 'crash', detail: error });
        continue;
      }
      if (ms > options.slowMs) {
        summary.hangs += 1;
        summary.findings.push({
          target: target.name,
          seed,
          kind: 'hang',
          detail: `${Math.round(ms)} ms`,
        });
      }
      if (outcome === 'accepted') summary.accepted += 1;
      else if (outcome === 'warned') summary.warned += 1;
      else summary.refused += 1;
    }
  }
  return summary;
}

export function formatSummary(summary: FuzzSummary, targets: readonly string[]): string {
  const stalls = summary.stalls > 0 ? `, ${summary.stalls} not made in time (the harness's)` : '';
  const lines = [
    `fuzz: ${summary.inputs} inputs over ${targets.join(', ')}: ${summary.crashes} crashes, ${summary.hangs} hangs${stalls}, ${summary.refused} clean errors, ${summary.warned} ok with warnings, ${summary.accepted} ok; slowest ${Math.round(summary.slowestMs)} ms`,
  ];
  for (const f of summary.findings) lines.push(`  ${formatFinding(f)}`);
  return lines.join('\n');
}

export function formatFinding(f: Finding): string {
  return `${f.kind} in ${f.target}, seed ${f.seed} (npm run fuzz -- --target ${f.target} --seed ${f.seed} --n 1): ${f.detail.split('\n').slice(0, 4).join(' | ')}`;
}
