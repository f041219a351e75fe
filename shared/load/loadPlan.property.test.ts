import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan, type LoadResult } from './loadPlan';
import { serializePlan } from './serialize';
import { mutatedDocArb, validDocArb } from './testArbitraries';

function wellFormed(result: LoadResult): void {
  if (result.ok) {
    expect(result.plan.format).toBe('strata-plan');
    return;
  }
  const { place, reason, message } = result.error;
  expect(typeof place === 'string' && place.length > 0).toBe(true);
  expect(typeof reason === 'string' && reason.length > 0).toBe(true);
  expect(message).toBe(`${place}: ${reason}`);
}

describe('loadPlan never throws', () => {
  it('for any value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
        }),
        (value) => {
          wellFormed(loadPlan(value));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for any JSON text and any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: 'strata-plan', version: 1, nodes: v })),
        ),
        (text) => {
          wellFormed(loadPlan(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for valid plans with one value replaced or removed, as values and as text', () => {
    fc.assert(
      fc.property(mutatedDocArb(), (doc) => {
        wellFormed(loadPlan(doc));
        let text: string | undefined;
        try {
          text = JSON.stringify(doc);
        } catch {
          return; // a BigInt or similar: not a file anyone can write
        }
        wellFormed(loadPlan(text));
      }),
      { numRuns: 800 },
    );
  });
});

describe('loadPlan and serializePlan round-trip', () => {
  it('loads every valid document', () => {
    fc.assert(
      fc.property(validDocArb(), (doc) => {
        const result = loadPlan(doc);
        if (!result.ok) throw new Error(result.error.message);
      }),
      { numRuns: 300 },
    );
  });

  it('load → save → load is identical, and save → load → save gives the same text', () => {
    fc.assert(
      fc.property(validDocArb(), (doc) => {
        const first = loadPlan(doc);
        if (!first.ok) throw new Error(first.error.message);
        const text = serializePlan(first.plan);
        const second = loadPlan(text);
        if (!second.ok) throw new Error(second.error.message);
        expect(second.plan).toStrictEqual(first.plan);
        expect(serializePlan(second.plan)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('loads the same plan from the text as from the parsed value', () => {
    fc.assert(
      fc.property(validDocArb(), (doc) => {
        expect(loadPlan(JSON.stringify(doc))).toStrictEqual(
          loadPlan(JSON.parse(JSON.stringify(doc))),
        );
      }),
      { numRuns: 200 },
    );
  });
});
