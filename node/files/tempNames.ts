// The name of the temporary file a save writes beside its target: `.NAME.strata-tmp-PID-RANDOM`.
// Hidden, recognisable at the next start (a killed save leaves it behind), and tied to the
// process that wrote it so a save still running in another process is never taken for stale.
import { randomBytes } from 'node:crypto';

const MARK = '.strata-tmp-';
/** Room for the dot, the mark, a PID and the random part inside a 255-byte file name. */
const MAX_NAME_BYTES = 200;
const TEMP_PATTERN = /^\.(.+)\.strata-tmp-(\d{1,10})-([0-9a-f]{8,})$/;

export interface TempName {
  /** The target's file name, or its start when the name was too long to fit (`truncated`). */
  readonly target: string;
  /** The name may have been shortened: the target is the file whose name starts with `target`. */
  readonly truncated: boolean;
  readonly pid: number;
}

/** `.plan.strata.strata-tmp-4242-9f3c…` for the target file name `plan.strata`. */
export function tempNameFor(targetName: string, pid = process.pid): string {
  return `.${shortened(targetName)}${MARK}${pid}-${randomBytes(6).toString('hex')}`;
}

export function parseTempName(fileName: string): TempName | null {
  const match = TEMP_PATTERN.exec(fileName);
  if (!match) return null;
  const target = match[1] ?? '';
  return {
    target,
    // A shortened name keeps 194–197 bytes (a character takes up to 4).
    truncated: Buffer.byteLength(target) >= MAX_NAME_BYTES - 6,
    pid: Number(match[2]),
  };
}

/**
 * write-file-atomic (the writer of Strata 0.1) named its temp files `NAME.DIGITS`: only recognised for a
 * file name Strata is known to have written, so that a planner's own `plan.strata.2024` is safe.
 */
export function isLegacyTempOf(fileName: string, targetName: string): boolean {
  return (
    fileName.startsWith(`${targetName}.`) &&
    /^\d{1,10}$/.test(fileName.slice(targetName.length + 1))
  );
}

function shortened(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  let cut = name.slice(0, MAX_NAME_BYTES);
  while (Buffer.byteLength(cut) > MAX_NAME_BYTES - 3) cut = cut.slice(0, -1);
  return cut;
}
