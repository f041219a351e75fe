// The fast fuzz run of `npm test`: a few hundred seeded mutations per reader (250 for the loader
// and the PNG reader, 30–40 per importer: 260 in all), nothing found.
// The long run is `npm run fuzz -- --n 10000` (scripts/fuzz.mjs, docs/security.md).
import { describe, expect, it } from 'vitest';
import { formatSummary, runFuzz } from './runFuzz';
import { TARGETS } from './targets';

const SEED = 20261207;

describe('fuzzing', () => {
  for (const target of TARGETS) {
    it(`${target.name}: ${target.quickN} mutated inputs, no crash, no hang`, async () => {
      const n = target.quickN;
      const summary = await runFuzz([target], { n, seed: SEED, slowMs: 8000, large: false });
      expect(summary.findings, formatSummary(summary, [target.name])).toEqual([]);
      expect(summary.inputs).toBe(n);
      // The mutations reach past the first checks: some inputs are refused, some get through.
      expect(summary.refused).toBeGreaterThan(0);
      expect(summary.accepted + summary.warned).toBeGreaterThan(0);
    }, 120_000);
  }
});
