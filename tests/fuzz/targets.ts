/**
 * What the fuzzer feeds, and what it checks. Each target takes a seed input (text or bytes),
 * mutates it, runs the code under test and answers 'accepted' or 'refused'; anything it throws,
 * and any broken promise it checks, is a crash. To fuzz a new reader (an importer of
 * `shared/import/`) add one line to TARGETS with `textTarget` or `bytesTarget`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../shared/load/loadDocument';
import type { DocumentResult } from '../../shared/load/loadResult';
import { utf8ByteLength } from '../../shared/load/parseText';
import { serializeDocument } from '../../shared/load/serializeDocument';
import { MAX_FILE_BYTES } from '../../shared/model/plan';
import { embedPlanInPng, extractPlanFromPng } from '../../shared/png/pngText';
import { tinyPng } from '../../shared/png/test-support/tinyPng';
import { mutateBytes } from './mutateBytes';
import { mutateJsonText } from './mutateJson';
import { mutatePng } from './mutatePng';
import type { Random } from '../../bench/random';

export type Outcome = 'accepted' | 'refused';
export type FuzzInput = string | Uint8Array;

export interface FuzzTarget {
  readonly name: string;
  readonly seeds: () => readonly FuzzInput[];
  /** `large`: the long run may try inputs that cost seconds (bombs up to 2 GiB). */
  readonly mutate: (seed: FuzzInput, rnd: Random, large: boolean) => FuzzInput;
  readonly run: (input: FuzzInput) => Outcome;
}

// Run from the repository root, as vitest and scripts/fuzz.mjs do.
const EXAMPLES = join(process.cwd(), 'examples');

/** The example plans, as text: the corpus every plan mutation starts from. */
export function examplePlans(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.strata'))
    .sort()
    .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));
}

function fail(message: string): never {
  throw new Error(message);
}

/** A refusal must name a place and a reason; an accepted document must save and reopen the same. */
export function checkLoad(result: DocumentResult): Outcome {
  if (!result.ok) {
    const { place, reason, message } = result.error;
    if (!place || !reason || message !== `${place}: ${reason}`) fail(`malformed error ${message}`);
    return 'refused';
  }
  const saved = serializeDocument(result.document);
  if (utf8ByteLength(saved) > MAX_FILE_BYTES) fail('the saved document is over the open limit');
  const again = loadDocument(saved);
  if (!again.ok) fail(`the saved document does not reopen: ${again.error.message}`);
  if (serializeDocument(again.document) !== saved) fail('save → load → save changed the text');
  return 'accepted';
}

function asText(input: FuzzInput): string {
  return typeof input === 'string' ? input : new TextDecoder().decode(input);
}

function asBytes(input: FuzzInput): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

/** A target for a reader of text (a plan, a CSV, a YAML file). */
export function textTarget(
  name: string,
  seeds: () => readonly string[],
  run: (text: string) => Outcome,
  mutate: (seed: string, rnd: Random) => string = mutateJsonText,
): FuzzTarget {
  return {
    name,
    seeds,
    mutate: (seed, rnd) => mutate(asText(seed), rnd),
    run: (input) => run(asText(input)),
  };
}

/** A target for a reader of bytes (a PNG, a spreadsheet). */
export function bytesTarget(
  name: string,
  seeds: () => readonly Uint8Array[],
  run: (bytes: Uint8Array) => Outcome,
  mutate: (seed: Uint8Array, rnd: Random, large: boolean) => Uint8Array = (seed, rnd) =>
    mutateBytes(seed, rnd),
): FuzzTarget {
  return {
    name,
    seeds,
    mutate: (seed, rnd, large) => mutate(asBytes(seed), rnd, large),
    run: (input) => run(asBytes(input)),
  };
}

function readPng(bytes: Uint8Array): Outcome {
  const extracted = extractPlanFromPng(bytes);
  if (!extracted.ok) {
    if (!extracted.reason) fail('a refusal without a reason');
    return 'refused';
  }
  return checkLoad(loadDocument(extracted.text));
}

function pngSeeds(): Uint8Array[] {
  return examplePlans().map((text) => embedPlanInPng(tinyPng(3, 2), text));
}

export const TARGETS: readonly FuzzTarget[] = [
  textTarget('loader', examplePlans, (text) => checkLoad(loadDocument(text))),
  bytesTarget('png', pngSeeds, readPng, mutatePng),
];
