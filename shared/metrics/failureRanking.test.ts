import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BlastEntry } from './types';
import { rankFailures } from './failureRanking';

const entry = (id: string, lost: number, servicesDown = 0): BlastEntry => ({
  id,
  lost,
  recovered: 0,
  servicesDown,
});

describe('rankFailures', () => {
  it('puts the most lost workloads first, then the most services down, then the smallest id', () => {
    const ranked = rankFailures(
      [
        entry('a', 1, 1),
        entry('b', 0, 0),
        entry('c', 7, 0),
        entry('d', 1, 5),
        entry('e', 1, 5),
        entry('f', 1, 0),
      ],
      4,
    );
    expect(ranked.map((e) => e.id)).toEqual(['c', 'd', 'e', 'a']);
  });

  it('leaves out failures that lose nothing', () => {
    expect(rankFailures([entry('a', 0), entry('b', 0)])).toEqual([]);
  });

  it('agrees with a full sort', () => {
    const arbEntry = fc.record({
      id: fc.string({ maxLength: 3 }),
      lost: fc.nat(4),
      recovered: fc.constant(0),
      servicesDown: fc.nat(3),
    });
    fc.assert(
      fc.property(
        fc.array(arbEntry, { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (entries, count) => {
          const sorted = entries
            .filter((e) => e.lost > 0)
            .sort(
              (a, b) =>
                b.lost - a.lost ||
                b.servicesDown - a.servicesDown ||
                (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
            )
            .slice(0, count);
          const key = (e: BlastEntry): string => `${e.lost}/${e.servicesDown}/${e.id}`;
          expect(rankFailures(entries, count).map(key)).toEqual(sorted.map(key));
        },
      ),
    );
  });
});
