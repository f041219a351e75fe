/** The example plans, as text: the corpus every plan mutation (and the Strata CSV seeds) start from. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Run from the repository root, as vitest and scripts/fuzz.mjs do.
const EXAMPLES = join(process.cwd(), 'examples');

export function examplePlans(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.strata'))
    .sort()
    .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));
}
