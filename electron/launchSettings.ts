// The environment variables the main process reads, and the rule that a packaged app reads none
// of them: they exist for development and tests (a dev server, a throw-away userData folder, a
// start-up plan), and in an installed app they would let anyone who can set a variable point the
// window at another page or the recovery copies at another folder.

export interface LaunchSettings {
  /** STRATA_DEV_URL: load the renderer from this dev server. */
  readonly devUrl: string | undefined;
  /** STRATA_USER_DATA: the userData folder (recent list, recovery copies). */
  readonly userData: string | undefined;
  /** STRATA_OPEN: the plan to open when the command line names none; '' means none. */
  readonly open: string | undefined;
}

export const DEVELOPMENT_VARIABLES = ['STRATA_DEV_URL', 'STRATA_USER_DATA', 'STRATA_OPEN'] as const;

export function launchSettings(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): LaunchSettings {
  if (isPackaged) return { devUrl: undefined, userData: undefined, open: undefined };
  return {
    devUrl: env.STRATA_DEV_URL || undefined,
    userData: env.STRATA_USER_DATA || undefined,
    open: env.STRATA_OPEN,
  };
}
