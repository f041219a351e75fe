import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BlastEntry } from './types';
import { rankAfter, rankFailures } from './failureRanking';

const entry = (id: string, lost: number, servicesDown = 0): BlastEntry => ({
  id,
  lost,
  recovered: 0,
  servicesDown,
});

const key = (e: BlastEntry): string => `${e.lost}/${e.servicesDown}/${e.id}`;

/** The ranking by a full sort: the most lost, then the most services down, then the smallest id. */
const fresh = (entries: readonly BlastEntry[], count: number): string[] =>
  entries
    .filter((e) => e.lost > 0)
    .sort(
      (a, b) =>
        b.lost - a.lost ||
        b.servicesDown - a.servicesDown ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, count)
    .map(key);

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
          expect(rankFailures(entries, count).map(key)).toEqual(fresh(entries, count));
        },
      ),
    );
  });

  it('derived after edits (rankAfter) equals a fresh ranking, however many edits follow', () => {
    const change = fc.record({ at: fc.nat(), lost: fc.nat(6), servicesDown: fc.nat(2) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(6), fc.nat(2)), { minLength: 1, maxLength: 80 }),
        fc.array(fc.array(change, { maxLength: 6 }), { maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        (start, edits, count) => {
          let entries: BlastEntry[] = start.map(([lost, down], i) =>
            entry(`n${String(i).padStart(3, '0')}`, lost, down),
          );
          rankFailures(entries, count);
          for (const edit of edits) {
            const next = entries.slice();
            const changed = new Map<number, BlastEntry>();
            for (const c of edit) {
              const at = c.at % next.length;
              const e = entry((next[at] as BlastEntry).id, c.lost, c.servicesDown);
              next[at] = e;
              changed.set(at, e);
            }
            rankAfter(entries, next, [...changed.values()]);
            entries = next;
            expect(rankFailures(entries, count).map(key)).toEqual(fresh(entries, count));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
