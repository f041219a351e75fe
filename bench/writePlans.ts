/**
 * Writes the synthetic benchmark plans to bench/plans/<size>.strata (gitignored), for use by hand:
 * `npx strata report bench/plans/10k.strata`. Run by `npm run bench -- --write-plans`
 * (optionally `--sizes=1k,10k` and `--seed=N`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_SIZES, DEFAULT_SEED, generatePlan } from './generatePlan';
import { planText } from './planText';

const OUT_DIR = join('bench', 'plans');

function option(argv: readonly string[], name: string): string | undefined {
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function main(argv: readonly string[]): void {
  const wanted = option(argv, 'sizes')?.split(',');
  const seed = Number(option(argv, 'seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of BENCH_SIZES) {
    if (wanted && !wanted.includes(size.label)) continue;
    const plan = generatePlan({ nodes: size.nodes, seed });
    const text = planText(plan);
    const file = join(
      OUT_DIR,
      `${size.label}${seed === DEFAULT_SEED ? '' : `-seed${seed}`}.strata`,
    );
    writeFileSync(file, text);
    console.log(
      `${file}: ${plan.nodes.length} nodes, ${plan.links.length} links, ${(text.length / 1e6).toFixed(2)} MB`,
    );
  }
}

main(process.argv.slice(2));
