export const USAGE = `Usage:
  strata report FILE [--json]          every figure of the plan (a summary; --json: one object)
  strata validate FILE [--json]        the plan's issues (exit 1 if any is an error)
  strata fail FILE NODE_ID [--json]    what the failure of one node takes down
  strata export FILE -o OUT [--format strata|json|png|svg|pdf] [--scale N]
        [--theme light|dark|transparent] [--paper a4|letter] [--scenario NAME|N] [--bare]
                                       the plan rewritten in the current format, a PNG or SVG
                                       picture with the plan inside, or the PDF planning report
  strata help | --help | -h            this text
  strata --version                     the version of Strata

Exit codes: 0 done; 1 validate found an error; 2 the file cannot be loaded, the node id is
unknown, the output cannot be written, or the command line is wrong (the reason is on stderr,
nothing on stdout).
Colour is used when stdout is a terminal and NO_COLOR is not set.
`;
