export const USAGE = `Usage:
  strata report FILE [--json]          every figure of the plan (a summary; --json: one object)
  strata validate FILE [--json]        the plan's issues (exit 1 if any is an error)
  strata fail FILE NODE_ID [--json]    what the failure of one node takes down
  strata import FILE... -o OUT.strata [--format F] [--into PLAN.strata] [--parent NODE_ID]
        [--secondary DATACENTER]... [--skip-powered-off] [--profile NAME]
        [--node-cores N] [--node-ram-gib N] [--json]
                                       a plan from RVTools, Proxmox VE, Compose, Kubernetes
                                       or Strata CSV inventories (docs/import.md)
  strata help | --help | -h            this text
  strata --version                     the version of Strata

Exit codes: 0 done; 1 validate found an error; 2 the file cannot be loaded, the node id is
unknown, or the command line is wrong (the reason is on stderr, nothing on stdout).
Colour is used when stdout is a terminal and NO_COLOR is not set.
`;
