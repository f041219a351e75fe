/**
 * Checks a workbook before a byte of it is inflated: its size, and the sizes its zip central
 * directory declares (fflate's unzip filter sees each entry's original size and is asked not to
 * extract any). A zip bomb — a few KiB that inflate to gigabytes — is refused here.
 */
import { unzipSync } from 'fflate';
import { formatMiB } from '../load/parseText';
import { MAX_IMPORT_BYTES, refusal, type Refusal } from './types';

/** More than this much XML cannot be turned into text by a JavaScript engine anyway. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
/** Spreadsheet XML compresses about 5–20 times; 100 leaves room and still stops a bomb. */
export const MAX_RATIO = 100;
/** Below this a high ratio is harmless (a tiny, very repetitive sheet). */
const RATIO_FLOOR = 32 * 1024 * 1024;

export type GuardResult =
  | {
      readonly ok: true;
      /** Each entry's size as the central directory declares it: the cap when it is inflated. */
      readonly declared: ReadonlyMap<string, number>;
    }
  | ({ readonly ok: false } & Refusal);

export function checkWorkbookZip(bytes: Uint8Array): GuardResult {
  if (bytes.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      ...refusal('import.xlsx.tooBig', {
        size: formatMiB(bytes.length),
        max: formatMiB(MAX_IMPORT_BYTES),
      }),
    };
  let unzipped = 0;
  let entries = 0;
  const declared = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries++;
        unzipped += file.originalSize;
        if (!declared.has(file.name)) declared.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (error) {
    return {
      ok: false,
      ...refusal('import.xlsx.unreadable', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    };
  }
  if (entries === 0)
    return { ok: false, ...refusal('import.xlsx.emptyZip') };
  if (
    unzipped > MAX_UNZIPPED_BYTES ||
    (unzipped > RATIO_FLOOR && unzipped > bytes.length * MAX_RATIO)
  )
    return {
      ok: false,
      ...refusal('import.xlsx.bomb', { size: formatMiB(unzipped), packed: formatMiB(bytes.length) }),
    };
  return { ok: true, declared };
}
