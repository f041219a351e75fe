// Which plan to open from a command line: Strata's own argv at start, or a second launch's argv
// (the OS file association runs `strata <file>`). Chromium switches and the app path are skipped.
import { isAbsolute, resolve } from 'node:path';

const PLAN_FILE = /\.(strata|json|png)$/i;

export function planPathFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder or main script.
  const candidates = argv.slice(1).filter((arg) => !arg.startsWith('-') && PLAN_FILE.test(arg));
  const last = candidates[candidates.length - 1];
  if (last === undefined) return null;
  return isAbsolute(last) ? last : resolve(cwd, last);
}

/**
 * The file to open at start: the command line's, else `open` (STRATA_OPEN, set by `npm start`;
 * never read when packaged, see launchSettings.ts).
 */
export function initialPlanPath(
  argv: readonly string[],
  cwd: string,
  open: string | undefined,
): string | null {
  const fromArgv = planPathFromArgv(argv, cwd);
  if (fromArgv) return fromArgv;
  const fromEnv = open?.trim();
  return fromEnv ? resolve(cwd, fromEnv) : null;
}
