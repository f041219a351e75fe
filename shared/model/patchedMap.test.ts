import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PatchedMap, unstacked } from './patchedMap';

type Op = readonly ['set', string, number] | readonly ['delete', string];

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(fc.constant('set' as const), key, fc.integer()),
  fc.tuple(fc.constant('delete' as const), key),
);

describe('PatchedMap', () => {
  it('answers as a copy of its base with the same changes, through stacked layers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer())),
        fc.array(fc.array(op), { maxLength: 6 }),
        (entries, layers) => {
          const model = new Map<string, number>(entries);
          let map: ReadonlyMap<string, number> = new Map<string, number>(entries);
          for (const ops of layers) {
            const patched = new PatchedMap(unstacked(map));
            for (const o of ops) {
              if (o[0] === 'set') {
                patched.set(o[1], o[2]);
                model.set(o[1], o[2]);
              } else expect(patched.delete(o[1])).toBe(model.delete(o[1]));
            }
            map = patched;
            expect(map.size).toBe(model.size);
            expect(new Map(map)).toEqual(model);
            expect([...map.keys()].sort()).toEqual([...model.keys()].sort());
            for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) {
              expect(map.has(k)).toBe(model.has(k));
              expect(map.get(k)).toBe(model.get(k));
            }
          }
        },
      ),
    );
  });
});
