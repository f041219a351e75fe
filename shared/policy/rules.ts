/**
 * The rules a policy file may name (`strata check`), each a pure test of one plan's report. A
 * policy is one flat JSON object keyed by rule name (./parsePolicy.ts); every rule it names is
 * checked and printed PASS or FAIL with the figure it read.
 */
import type { Report } from '../metrics/types';
import type { Plan } from '../model/plan';
import { ISSUE_CODES, type IssueCode } from '../validate/issue';
import { formatNumber, formatPercent } from '../format/numbers';
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type MessageParams } from '../i18n/lang';
import { formatMessage, message, type Message } from '../i18n/message';

/** What a rule's value must be: a whole number ≥ 0, a number ≥ 0, a fraction (> 0), true/false, issue codes. */
export type RuleValueKind = 'count' | 'number' | 'fraction' | 'boolean' | 'codes';

export interface RuleOutcome {
  readonly pass: boolean;
  /** The figure the rule read (null: the plan has none, e.g. no cluster, no server). */
  readonly figure: number | boolean | readonly string[] | null;
  /** One line a person reads: the figure against the limit and where it comes from (English). */
  readonly detail: string;
  /** The same as a catalog message, for a reader of another language. */
  readonly said: Message;
}

/** An outcome with its line said in English and kept as a message. */
function outcome(
  pass: boolean,
  figure: RuleOutcome['figure'],
  key: CatalogKey,
  params: MessageParams = {},
): RuleOutcome {
  const said = message(key, params);
  return { pass, figure, detail: formatMessage(ENGLISH, said), said };
}

export interface PlanFigures {
  readonly plan: Plan;
  readonly report: Report;
}

interface RuleDef<T> {
  readonly kind: RuleValueKind;
  /** What the rule asks, for the usage text and docs/cli.md. */
  readonly asks: string;
  check(limit: T, figures: PlanFigures): RuleOutcome;
}

const atMost = (
  figure: number,
  limit: number,
  key: CatalogKey,
  params: MessageParams = {},
  shown: (x: number) => string = formatNumber,
): RuleOutcome =>
  outcome(figure <= limit, figure, key, {
    ...params,
    figure: shown(figure),
    op: figure <= limit ? '≤' : '>',
    limit: shown(limit),
  });

/** Hypervisors that hold a VM but are in no cluster: their VMs have no HA at all. */
function unclusteredVmHosts(plan: Plan): string[] {
  const holding = new Set<string>();
  for (const node of plan.nodes)
    if (node.kind === 'vm' && node.parentId) holding.add(node.parentId);
  return plan.nodes
    .filter((n) => n.kind === 'hypervisor' && n.cluster === null && holding.has(n.id))
    .map((n) => n.id);
}

function highest<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || value(item) > value(best)) best = item;
  return best;
}

const minHaToleratedFailures: RuleDef<number> = {
  kind: 'count',
  asks: 'every VM is in a cluster that tolerates at least N host failures',
  check(limit, { plan, report }) {
    const loose = unclusteredVmHosts(plan);
    const weakest = report.ha.clusters.reduce<(typeof report.ha.clusters)[number] | undefined>(
      (w, c) => (w === undefined || c.toleratesHostFailures < w.toleratesHostFailures ? c : w),
      undefined,
    );
    if (loose.length > 0) {
      const pass = limit <= 0;
      return outcome(pass, 0, 'policy.unclustered', {
        count: loose.length,
        op: pass ? '≥' : '<',
        limit: formatNumber(limit),
        ids: loose.join(', '),
      });
    }
    if (weakest === undefined) return outcome(true, null, 'policy.noVms');
    const figure = weakest.toleratesHostFailures;
    const pass = figure >= limit;
    return outcome(pass, figure, 'policy.weakest', {
      figure: formatNumber(figure),
      op: pass ? '≥' : '<',
      limit: formatNumber(limit),
      name: weakest.name,
    });
  },
};

const maxWorkloadsLostOnSingleFailure: RuleDef<number> = {
  kind: 'count',
  asks: 'no single failure loses more than N workloads',
  check(limit, { report }) {
    const worst = report.blastRadius.max;
    const lost = worst?.lost ?? 0;
    return worst
      ? atMost(lost, limit, 'policy.lostAt', { id: worst.id })
      : atMost(lost, limit, 'policy.lost');
  },
};

const maxServicesDownOnSingleFailure: RuleDef<number> = {
  kind: 'count',
  asks: 'no single failure takes more than N services down',
  check(limit, { report }) {
    const worst = highest(report.blastRadius.nodes, (e) => e.servicesDown);
    const down = worst?.servicesDown ?? 0;
    return worst
      ? atMost(down, limit, 'policy.downAt', { id: worst.id })
      : atMost(down, limit, 'policy.down');
  },
};

const requireDrReady: RuleDef<boolean> = {
  kind: 'boolean',
  asks: 'true: a secondary site can restart every primary VM (DR coverage ≥ 100%)',
  check(required, { report }) {
    const dr = report.dr;
    if (!required) return outcome(true, dr?.ready ?? null, 'policy.notRequired');
    if (dr === null) return outcome(false, null, 'policy.noSecondary');
    return outcome(dr.ready, dr.ready, dr.ready ? 'policy.drReady' : 'policy.drNotReady', {
      coverage: formatPercent(dr.coverage),
    });
  },
};

const maxOsInstances: RuleDef<number> = {
  kind: 'count',
  asks: 'at most N OS instances to patch (host OSes, hypervisors, guest OSes)',
  check: (limit, { report }) => atMost(report.patching.osInstances, limit, 'policy.osInstances'),
};

const maxPatchHoursPerYear: RuleDef<number> = {
  kind: 'number',
  asks: 'at most N patch hours a year',
  check: (limit, { report }) => atMost(report.patching.hoursPerYear, limit, 'policy.hoursYear'),
};

const maxCpuRatio: RuleDef<number> = {
  kind: 'number',
  asks: 'no server carries more than N vCPU (and container CPU) per physical core',
  check(limit, { report }) {
    const busiest = highest(report.consolidation.hosts, (h) => h.cpuRatio);
    if (!busiest) return outcome(true, null, 'policy.noServers');
    return atMost(busiest.cpuRatio, limit, 'policy.cpuRatio', { id: busiest.id });
  },
};

const maxRamUtilization: RuleDef<number> = {
  kind: 'fraction',
  asks: "no server's RAM demand is over this share of its RAM (0.8 = 80%)",
  check(limit, { report }) {
    const busiest = highest(report.consolidation.hosts, (h) => h.ramUtilization);
    if (!busiest) return outcome(true, null, 'policy.noServers');
    return atMost(busiest.ramUtilization, limit, 'policy.ramInUse', { id: busiest.id }, (x) =>
      formatPercent(x),
    );
  },
};

/** Node ids named in a FAIL line; `strata validate` lists every issue. */
const LISTED_NODES = 8;

const forbidIssues: RuleDef<readonly IssueCode[]> = {
  kind: 'codes',
  asks: `none of these issue codes (${ISSUE_CODES.join(', ')})`,
  check(codes, { report }) {
    const forbidden = new Set<string>(codes);
    const found = report.issues.filter((issue) => forbidden.has(issue.code));
    if (found.length === 0) return outcome(true, [], 'policy.noneOfThem');
    const counts = new Map<string, number>();
    for (const issue of found) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
    const list = [...counts].map(([code, n]) => `${code} ×${formatNumber(n)}`).join(', ');
    const nodes = [...new Set(found.map((issue) => issue.nodeId))];
    const shown = nodes.slice(0, LISTED_NODES).join(', ');
    const figure = [...counts.keys()];
    return nodes.length > LISTED_NODES
      ? outcome(false, figure, 'policy.issuesOnMore', {
          list,
          nodes: shown,
          n: formatNumber(nodes.length - LISTED_NODES),
        })
      : outcome(false, figure, 'policy.issuesOn', { list, nodes: shown });
  },
};

/** Every rule, in the order `strata check` prints them. */
export const RULES = {
  minHaToleratedFailures,
  maxWorkloadsLostOnSingleFailure,
  maxServicesDownOnSingleFailure,
  requireDrReady,
  maxOsInstances,
  maxPatchHoursPerYear,
  maxCpuRatio,
  maxRamUtilization,
  forbidIssues,
} as const;

export type RuleName = keyof typeof RULES;
export const RULE_NAMES = Object.keys(RULES) as RuleName[];

/** A parsed policy: each named rule with its limit. */
export type Policy = {
  readonly [K in RuleName]?: (typeof RULES)[K] extends RuleDef<infer T> ? T : never;
};
