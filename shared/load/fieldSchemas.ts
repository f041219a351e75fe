/**
 * Field validators shared by the node, settings and view schemas. Each carries the one reason a
 * person reads when the value is wrong, whatever the way it is wrong (type or range).
 */
import { z } from 'zod';
import { formatNumber } from '../format/numbers';
import { BOUNDS, type NumberRange } from '../model/bounds';
import { zodReason } from './loadReasons';

/** Each reason as the token a zod schema carries (./loadReasons.ts reads it back). */
export const REASON = {
  positive: zodReason('load.positive'),
  nonNegative: zodReason('load.nonNegative'),
  finite: zodReason('load.finite'),
  string: zodReason('load.string'),
  nonEmptyString: zodReason('load.nonEmptyString'),
  stringOrNull: zodReason('load.stringOrNull'),
  object: zodReason('load.object'),
} as const;

// JSON text can hold -0 ("-0" parses to -0) but never writes it back: normalise so that
// load → save → load gives identical values.
const noNegativeZero = (value: number): number => value + 0;

/** The words for a number outside `range`, by the way it is wrong. */
export function rangeReasons(range: NumberRange): {
  readonly type: string;
  readonly below: string;
  readonly above: string;
} {
  const type =
    range.min > 0 || (range.min === 0 && range.minExclusive === true)
      ? REASON.positive
      : range.min === 0
        ? REASON.nonNegative
        : REASON.finite;
  return {
    type,
    below:
      range.min > 0 || type === REASON.finite
        ? zodReason('load.atLeast', { min: formatNumber(range.min, 6) })
        : type,
    above: zodReason('load.atMost', { max: formatNumber(range.max, 6) }),
  };
}

/**
 * A number within `range` (model/bounds.ts). A value of the wrong sign gets the reason of old
 * ("must be a positive number"); one that is too small or too large says the bound.
 */
export function boundedNumber(range: NumberRange) {
  const reasons = rangeReasons(range);
  let schema = z.number({ error: reasons.type });
  if (reasons.type === REASON.positive) schema = schema.positive({ error: reasons.type });
  if (reasons.type === REASON.nonNegative) schema = schema.nonnegative({ error: reasons.type });
  if (range.min > 0 || reasons.type === REASON.finite) {
    schema = schema.min(range.min, { error: reasons.below });
  }
  return schema.max(range.max, { error: reasons.above }).overwrite(noNegativeZero);
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
  if (shown.length === 2) return zodReason('load.either', { a: shown[0] ?? '', b: shown[1] ?? '' });
  return zodReason('load.oneOf', { values: shown.join(', ') });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: choiceReason(values) });
}

/** The saved viewport; a key left out takes the value of an unmoved canvas. */
export const viewSchema = z.object(
  {
    x: boundedNumber(BOUNDS.viewOffset).default(0),
    y: boundedNumber(BOUNDS.viewOffset).default(0),
    zoom: boundedNumber(BOUNDS.zoom).default(1),
  },
  { error: zodReason('load.objectOf', { shape: '{ x, y, zoom }' }) },
);
