import { describe, expect, it } from 'vitest';
import { indentedWithin } from './mutateInventory';

type Tree = Parameters<typeof indentedWithin>[0];

describe("the inventory mutations' size bound", () => {
  // The long run's four "hangs" of 2026-12-07 (import-compose seeds 20261756 and 20261964,
  // import-kubernetes and import-detect seed 20262003) were the harness's: a value nested 2,000
  // deep, copied 2,000 times, written back as block YAML — every line indented by its depth, so
  // gigabytes of text. In the worker's 4 MiB stack `yaml` got through it for minutes; such trees
  // are now written in flow style (compact JSON), which this bound decides.
  it('finds a deep tree copied many times too big to write indented, at once', () => {
    let deep: Tree = 1;
    for (let d = 0; d < 2000; d++) deep = d % 2 === 0 ? [deep] : { a: deep };
    const copies: Tree = { services: { app: Array.from({ length: 2000 }, () => deep) } };
    const started = performance.now();
    expect(indentedWithin(copies, 64 * 1024 * 1024)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
    // One copy is about 4 million characters indented: within 64 MiB, past 1 MiB.
    expect(indentedWithin(deep, 64 * 1024 * 1024)).toBe(true);
    expect(indentedWithin(deep, 1024 * 1024)).toBe(false);
  });

  it('counts keys and strings', () => {
    expect(indentedWithin({ services: { web: { image: 'nginx' } } }, 100)).toBe(true);
    expect(indentedWithin({ image: 'x'.repeat(200) }, 100)).toBe(false);
    expect(indentedWithin({ ['k'.repeat(200)]: null }, 100)).toBe(false);
  });
});
