/**
 * A node field, defined once: its zod schema (the rule, and the reason a person reads when a
 * value breaks it) and a fast reader that yields what the schema would yield for the plain
 * values files hold. When the reader answers REJECT the loader asks the schema, which then
 * names the problem; so the reader must never accept what the schema refuses.
 * Why: zod spends several microseconds per node, too slow for plans of 100,000 nodes
 * (docs/file-format.md). `fields.test.ts` checks that reader and schema accept exactly the same
 * values and yield the same result.
 */
import { z } from 'zod';
import { BOUNDS, inRange, type NumberRange } from '../model/bounds';
import { boundedNumber, choice, nonEmptyText, text, textOrNull } from './fieldSchemas';
import { zodReason } from './loadReasons';

/** The reader cannot vouch for the value: let the schema decide. */
export const REJECT: unique symbol = Symbol('reject');
/** An optional field that is not there: no key in the output. */
export const ABSENT: unique symbol = Symbol('absent');

export type FastRead = (value: unknown) => unknown;

export interface Field<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  readonly read: FastRead;
}

function field<S extends z.ZodType>(schema: S, accept: (value: unknown) => unknown): Field<S> {
  return { schema, read: (value) => (value === undefined ? REJECT : accept(value)) };
}

export function optional<S extends z.ZodType>(f: Field<S>): Field<z.ZodOptional<S>> {
  return {
    schema: f.schema.optional(),
    read: (value) => (value === undefined ? ABSENT : f.read(value)),
  };
}

/** A default used when the value is missing; objects are copied so no two nodes share one. */
export function withDefault<S extends z.ZodType>(
  f: Field<S>,
  value: z.util.NoUndefined<z.output<S>>,
): Field<z.ZodDefault<S>> {
  const make = (): z.util.NoUndefined<z.output<S>> =>
    typeof value === 'object' && value !== null ? { ...value } : value;
  return { schema: f.schema.default(make), read: (v) => (v === undefined ? make() : f.read(v)) };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number within `range`; -0 reads as 0. */
export const numberField = (range: NumberRange) =>
  field(boundedNumber(range), (v) => (typeof v === 'number' && inRange(v, range) ? v + 0 : REJECT));
export const textField = () => field(text(), (v) => (typeof v === 'string' ? v : REJECT));
export const nonEmptyTextField = () =>
  field(nonEmptyText(), (v) => (typeof v === 'string' && v !== '' ? v : REJECT));
export const textOrNullField = () =>
  field(textOrNull(), (v) => (v === null || typeof v === 'string' ? v : REJECT));

export function choiceField<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<unknown>(values);
  return field(choice(values), (v) => (allowed.has(v) ? v : REJECT));
}

export function literalField<const T extends string | number>(
  schema: z.ZodLiteral<T>,
  values: readonly T[],
) {
  const allowed = new Set<unknown>(values);
  return field(schema, (v) => (allowed.has(v) ? v : REJECT));
}

/** A fixed-shape object of fields (os, position, size), read key by key. */
export function objectReader(
  fields: Readonly<Record<string, Field>>,
): (value: unknown) => Record<string, unknown> | typeof REJECT {
  const entries = Object.entries(fields).map(([key, f]) => [key, f.read] as const);
  return (value) => {
    if (!isRecord(value)) return REJECT;
    const out: Record<string, unknown> = {};
    for (const [key, read] of entries) {
      const v = read(value[key]);
      if (v === REJECT) return REJECT;
      if (v !== ABSENT) out[key] = v;
    }
    return out;
  };
}

const pointFields = { x: numberField(BOUNDS.coordinate), y: numberField(BOUNDS.coordinate) };
export const pointField = field(
  z.object(schemasOf(pointFields), { error: zodReason('load.objectOf', { shape: '{ x, y }' }) }),
  objectReader(pointFields),
);

const sizeFields = { width: numberField(BOUNDS.extent), height: numberField(BOUNDS.extent) };
export const sizeField = field(
  z.object(schemasOf(sizeFields), {
    error: zodReason('load.objectOf', { shape: '{ width, height }' }),
  }),
  objectReader(sizeFields),
);

/** The zod shape of a table of fields. */
export function schemasOf<F extends Readonly<Record<string, Field>>>(
  fields: F,
): { [K in keyof F]: F[K]['schema'] } {
  const out: Record<string, z.ZodType> = {};
  for (const [key, f] of Object.entries(fields)) out[key] = f.schema;
  return out as { [K in keyof F]: F[K]['schema'] };
}
