export const USAGE = `Usage:
  strata report FILE [--scenario NAME|N|all] [--json]
                                       every figure of the plan (a summary; --json: one object);
                                       --scenario all: every scenario side by side
  strata validate FILE [--scenario NAME|N] [--json]
                                       the plan's issues (exit 1 if any is an error)
  strata fail FILE NODE_ID [--scenario NAME|N] [--json]
                                       what the failure of one node takes down
  strata diff A [B] [--from NAME|N] [--to NAME|N] [--json]
                                       two scenarios compared: figures, nodes moved, added,
                                       removed, changed (one file: scenarios 1 → 2; two: their first)
  strata check FILE [--scenario NAME|N] --policy POLICY.json [--json]
                                       the policy's rules, PASS or FAIL (exit 1 on any FAIL)
  strata import FILE... -o OUT.strata [--format F] [--into PLAN.strata] [--parent NODE_ID]
        [--secondary DATACENTER]... [--skip-powered-off] [--profile NAME]
        [--node-cores N] [--node-ram-gib N] [--json]
                                       a plan from RVTools, Proxmox VE, Compose, Kubernetes
                                       or Strata CSV inventories (docs/import.md)
  strata optimize FILE [--scenario NAME|N] --host-cores N --host-ram-gib N [--hypervisor NAME]
        [--ha K] [--headroom F] [--scope site:ID|cluster:NAME]... [--p2v [--p2v-size F]]
        -o OUT.strata [--json]
                                       the fewest hosts of one model for the scenario's VMs (HA
                                       N+k, replicas apart): OUT holds FILE's scenarios and the
                                       new one, last (docs/optimize.md)
  strata export FILE -o OUT [--format strata|json|png|svg|pdf|csv] [--scale N]
        [--theme light|dark|transparent] [--paper a4|letter] [--scenario NAME|N] [--bare]
        [--from NAME|N] [--to NAME|N] [--no-compare]
                                       the plan rewritten in the current format, a PNG or SVG
                                       picture with the plan inside, the PDF planning
                                       report, or Strata CSV; a PDF of several scenarios ends
                                       with a comparison page per pair: --from (default the
                                       first) to --to (default each other scenario)
  strata help | --help | -h            this text
  strata --version                     the version of Strata

FILE is a .strata or .json plan, or a PNG or SVG exported by Strata (the plan inside it is read).
A file of several scenarios is read at its first unless --scenario names one (by its 1-based
number or its name). Exit codes: 0 done; 1 validate found an error, or check a FAIL; 2 a file or
policy cannot be loaded, the node id or scenario is unknown, an output cannot be written, or the
command line is wrong (the reason is on stderr, nothing on stdout). Colour is used when stdout is
a terminal and NO_COLOR is not set.
`;
