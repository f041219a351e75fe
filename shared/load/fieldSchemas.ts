/**
 * Field validators shared by the node, settings and view schemas. Each carries the one reason a
 * person reads when the value is wrong, whatever the way it is wrong (type or range).
 */
import { z } from 'zod';

export const REASON = {
  positive: 'must be a positive number',
  nonNegative: 'must be a non-negative number',
  finite: 'must be a finite number',
  string: 'must be a string',
  nonEmptyString: 'must be a non-empty string',
  stringOrNull: 'must be a string or null',
  object: 'must be an object',
} as const;

// JSON text can hold -0 ("-0" parses to -0) but never writes it back: normalise so that
// load → save → load gives identical values.
const noNegativeZero = (value: number): number => value + 0;

export function positiveNumber() {
  return z
    .number({ error: REASON.positive })
    .positive({ error: REASON.positive })
    .overwrite(noNegativeZero);
}

export function nonNegativeNumber() {
  return z
    .number({ error: REASON.nonNegative })
    .nonnegative({ error: REASON.nonNegative })
    .overwrite(noNegativeZero);
}

export function finiteNumber() {
  // zod 4 numbers already refuse NaN and ±Infinity.
  return z.number({ error: REASON.finite }).overwrite(noNegativeZero);
}

export function text() {
  return z.string({ error: REASON.string });
}

export function nonEmptyText() {
  return z.string({ error: REASON.nonEmptyString }).min(1, { error: REASON.nonEmptyString });
}

export function textOrNull() {
  return z.string({ error: REASON.stringOrNull }).nullable();
}

/** `must be "a" or "b"` / `must be one of "a", "b", "c"`. */
export function choiceReason(values: readonly (string | number)[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
  if (shown.length === 2) return `must be ${shown[0]} or ${shown[1]}`;
  return `must be one of ${shown.join(', ')}`;
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: choiceReason(values) });
}

/** The saved viewport; a key left out takes the value of an unmoved canvas. */
export const viewSchema = z.object(
  { x: finiteNumber().default(0), y: finiteNumber().default(0), zoom: positiveNumber().default(1) },
  { error: 'must be an object { x, y, zoom }' },
);
