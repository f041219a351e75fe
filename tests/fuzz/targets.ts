/**
 * What the fuzzer feeds, and what it checks. Each target takes a seed input (text or bytes),
 * mutates it, runs the code under test and answers 'accepted' or 'refused'; anything it throws,
 * and any broken promise it checks, is a crash. To fuzz a new reader (an importer of
 * `shared/import/`, in importTargets.ts) add one line with `textTarget`, `bytesTarget` or `importTarget`.
 */
import { loadDocument } from '../../shared/load/loadDocument';
import { embedPlanInPng, extractPlanFromPng } from '../../shared/png/pngText';
import { tinyPng } from '../../shared/png/test-support/tinyPng';
import { examplePlans } from './examplePlans';
import { checkLoad, fail, type FuzzInput, type FuzzTarget, type Outcome } from './fuzzTarget';
import { IMPORT_TARGETS } from './importTargets';
import { mutateBytes } from './mutateBytes';
import { mutateJsonText } from './mutateJson';
import { mutatePng } from './mutatePng';
import type { Random } from '../../bench/random';

export type { FuzzInput, FuzzTarget, Outcome } from './fuzzTarget';
export { examplePlans };

function asText(input: FuzzInput): string {
  if (typeof input === 'string') return input;
  return input instanceof Uint8Array ? new TextDecoder().decode(input) : fail('not a text input');
}

function asBytes(input: FuzzInput): Uint8Array {
  if (typeof input === 'string') return new TextEncoder().encode(input);
  return input instanceof Uint8Array ? input : fail('not a bytes input');
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
    quickN: 250,
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
    quickN: 250,
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
  ...IMPORT_TARGETS,
];
