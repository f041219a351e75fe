export const USAGE = `Usage:
  strata report FILE [--json]          every figure of the plan (a summary; --json: one object)
  strata validate FILE [--json]        the plan's issues (exit 1 if any is an error)
  strata fail FILE NODE_ID [--json]    what the failure of one node takes down
  strata help | --help | -h            this text
  strata --version                     the version of Strata

FILE is a .strata or .json plan, or a PNG exported by Strata (the plan inside it is read).

Exit codes: 0 done; 1 validate found an error; 2 the file cannot be loaded, the node id is
unknown, or the command line is wrong (the reason is on stderr, nothing on stdout).
Colour is used when stdout is a terminal and NO_COLOR is not set.
`;
