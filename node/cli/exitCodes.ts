/** Exit codes of the `strata` command (SPEC §7). */
export const EXIT = {
  /** The command did what was asked (a report of a plan with issues is still a success). */
  ok: 0,
  /** `strata validate`: the plan holds at least one error issue. */
  errors: 1,
  /** The file cannot be loaded, the node id is unknown, or the command line is wrong. */
  failure: 2,
  /** A bug in Strata itself: an exception nobody expected. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
