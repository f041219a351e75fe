/** Which files hold a plan, and how each is read: the same rules for the desktop and the browser. */

export type PlanFileKind = 'strata' | 'json' | 'png';

export const PLAN_FILE_EXTENSIONS: readonly string[] = ['strata', 'json', 'png'];

/** An exported PNG holds the whole image besides the plan: allow more than a plan file's 50 MiB. */
export const MAX_PNG_BYTES = 512 * 1024 * 1024;

/** By the file name's extension: `.png`, `.json`, and anything else as `.strata`. */
export function planFileKind(fileName: string): PlanFileKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.png')) return 'png';
  return lower.endsWith('.json') ? 'json' : 'strata';
}
