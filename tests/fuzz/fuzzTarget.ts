/**
 * The shape of a fuzz target and the checks every target shares: an accepted plan must save
 * within the open limit, reopen and save to the same text; a refusal must name place and reason.
 */
import { loadDocument } from '../../shared/load/loadDocument';
import type { DocumentResult } from '../../shared/load/loadResult';
import { utf8ByteLength } from '../../shared/load/parseText';
import { serializeDocument } from '../../shared/load/serializeDocument';
import type { ImportFile, ImportOptions } from '../../shared/import/types';
import { MAX_FILE_BYTES } from '../../shared/model/plan';
import type { Random } from '../../bench/random';

/** One import: the files and the options. */
export interface ImportCase {
  readonly files: readonly ImportFile[];
  readonly options: ImportOptions;
}

/** What one input came to: a clean error (`refused`), or a result, with warnings or without. */
export type Outcome = 'accepted' | 'warned' | 'refused';
export type FuzzInput = string | Uint8Array | ImportCase;

export interface FuzzTarget {
  readonly name: string;
  readonly seeds: () => readonly FuzzInput[];
  /** `large`: the long run may try inputs that cost seconds (bombs up to 2 GiB). */
  readonly mutate: (seed: FuzzInput, rnd: Random, large: boolean) => FuzzInput;
  /** The importers are async (a workbook is read through a Promise), the loader is not. */
  readonly run: (input: FuzzInput) => Outcome | Promise<Outcome>;
  /** Inputs of this target in the fast run of `npm test` (the loader's and PNG's: 250). */
  readonly quickN: number;
}

export function fail(message: string): never {
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
