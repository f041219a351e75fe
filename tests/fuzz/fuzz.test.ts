// The fast fuzz run of `npm test`: a few hundred seeded mutations per target, nothing found.
// The long run is `npm run fuzz -- --n 10000` (scripts/fuzz.mjs, docs/security.md).
import { describe, expect, it } from 'vitest';
import { formatSummary, runFuzz } from './runFuzz';
import { TARGETS } from './targets';

const SEED = 20261207;

describe('fuzzing', () => {
  for (const target of TARGETS) {
    it(`${target.name}: 250 mutated inputs, no crash, no hang`, () => {
      const summary = runFuzz([target], { n: 250, seed: SEED, slowMs: 8000, large: false });
      expect(summary.findings, formatSummary(summary, [target.name])).toEqual([]);
      expect(summary.inputs).toBe(250);
      // The mutations reach past the first checks: some inputs load, most are refused.
      expect(summary.refused).toBeGreaterThan(0);
    }, 120_000);
  }
});
