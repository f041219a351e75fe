/** The human summary of `strata report`: what a planner reads first, aligned, one section per concern. */
import type {
  BlastEntry,
  ClusterHa,
  Consolidation,
  Dr,
  Patching,
  Report,
  Security,
} from '../../shared/metrics/types';
import { rankFailures } from '../../shared/metrics/failureRanking';
import { issueSummary, issueTable, countIssues } from './formatIssues';
import { describeNode, distinctNames, listNames, nodeName } from './labels';
import type { NodeLabels } from './labels';
import { cell } from './layout';
import type { Cell, Row, Section } from './layout';
import { renderSections } from './layout';
import { formatNumber, formatPercent, formatRatio, plural } from '../../shared/format/numbers';
import type { ReportDetails } from './reportDetails';
import { PLAIN_STYLE } from './style';
import type { Style } from './style';

export interface FormatOptions {
  /** Names of nodes and what the worst failures take down; without them the summary shows ids and counts. */
  readonly details?: ReportDetails;
  readonly style?: Style;
  /** The scenario reported, for a file of several: `"Virtualized" (2 of 3)`. */
  readonly scenario?: string;
}

const row = (label: string, ...lines: Cell[]): Row => ({ label, lines });

function planSection(report: Report, scenario: string | undefined): Section {
  const { plan, consolidation } = report;
  return {
    title: 'Plan',
    summary: cell(plan.name),
    rows: [
      ...(scenario === undefined ? [] : [row('Scenario', cell(scenario))]),
      row(
        'Size',
        cell(
          `${plural(plan.nodes, 'node')}, ${plural(plan.links, 'link')}: ` +
            `${plural(consolidation.servers, 'server')}, ${plural(consolidation.workloads, 'workload')}`,
        ),
      ),
    ],
  };
}

function busiestHost(c: Consolidation): Consolidation['hosts'][number] | undefined {
  let best: Consolidation['hosts'][number] | undefined;
  for (const host of c.hosts) {
    if (host.ramDemand <= 0) continue;
    if (best === undefined || host.ramUtilization > best.ramUtilization) best = host;
  }
  return best;
}

function consolidationSection(
  c: Consolidation,
  labels: NodeLabels | undefined,
  style: Style,
): Section {
  const rows: Row[] = [
    row(
      'Ratio',
      cell(
        `${formatRatio(c.ratio)}  (${plural(c.workloads, 'workload')} on ${plural(c.servers, 'server')})`,
      ),
    ),
    row(
      'Servers saved',
      cell(`${formatNumber(c.serversSaved)}  (against one workload per dedicated server)`),
    ),
    row(
      'VMs per host',
      cell(
        c.vmsPerHost === null
          ? 'no VMs'
          : `${formatNumber(c.vmsPerHost)}  (${plural(c.vms, 'VM')} on ${plural(c.vmHosts, 'host')})`,
      ),
    ),
    row(
      'Containers per host',
      cell(
        c.containersPerHost === null
          ? 'no containers'
          : `${formatNumber(c.containersPerHost)}  (${plural(c.containers, 'container')} on ${plural(c.containerHosts, 'host')})`,
      ),
    ),
  ];
  const t = c.totals;
  if (t.cpuCores > 0 && t.cpuDemand === 0 && t.ramDemand === 0) {
    // Bare-metal workloads have no demand figure: only their servers' capacity is known.
    rows.push(
      row(
        'Capacity',
        cell(
          `${formatNumber(t.cpuCores)} cores, ${formatNumber(t.ramGiB)} GiB RAM; no VM or container demand`,
        ),
      ),
    );
  } else if (t.cpuCores > 0) {
    rows.push(
      row(
        'CPU in use',
        cell(
          `${formatNumber(t.cpuDemand)} vCPU on ${formatNumber(t.cpuCores)} cores (${formatNumber(t.cpuDemand / t.cpuCores)} per core)`,
        ),
      ),
      row(
        'RAM in use',
        cell(
          `${formatNumber(t.ramDemand)} of ${formatNumber(t.ramGiB)} GiB (${formatPercent(t.ramDemand / t.ramGiB)})`,
        ),
      ),
    );
  }
  const busiest = busiestHost(c);
  if (busiest !== undefined) {
    const text = `${nodeName(busiest.id, labels)}: ${formatNumber(busiest.ramDemand)} of ${formatNumber(busiest.ramGiB)} GiB RAM (${formatPercent(busiest.ramUtilization)})`;
    rows.push(row('Busiest host', cell(text, busiest.ramUtilization > 1 ? style.bad : undefined)));
  }
  return { title: 'Consolidation', rows };
}

function patchingSection(
  p: Patching,
  vmHosts: number,
  labels: NodeLabels | undefined,
  style: Style,
): Section {
  const downtime =
    vmHosts === 0
      ? cell('no hypervisor to evacuate')
      : p.downtimeHosts.length === 0
        ? cell('none: every VM host can be evacuated', style.good)
        : cell(
            `${plural(p.downtimeHosts.length, 'hypervisor')} cannot be evacuated: ${listNames(distinctNames(p.downtimeHosts, labels))}`,
            style.warn,
          );
  return {
    title: 'Patching',
    rows: [
      row(
        'OS instances',
        cell(
          `${formatNumber(p.osInstances)}  (${formatNumber(p.hostOs)} host, ${formatNumber(p.hypervisors)} hypervisor, ${formatNumber(p.guestOs)} guest)`,
        ),
      ),
      row(
        'Runtimes, images',
        cell(`${plural(p.runtimes, 'runtime')}, ${plural(p.images, 'image')}`),
      ),
      row('OS versions', cell(`${formatNumber(p.distinctOsVersions)} distinct`)),
      row('Hours per cycle', cell(formatNumber(p.hoursPerCycle))),
      row('Hours per year', cell(formatNumber(p.hoursPerYear))),
      row('Patch downtime', downtime),
    ],
  };
}

function failureLine(entry: BlastEntry, labels: NodeLabels | undefined): string {
  const parts = [`${plural(entry.lost, 'workload')} lost`];
  if (entry.recovered > 0) parts.push(`${formatNumber(entry.recovered)} recovered by HA`);
  parts.push(`${plural(entry.servicesDown, 'service')} down`);
  return `${describeNode(entry.id, labels)}: ${parts.join(', ')}`;
}

function failuresSection(report: Report, options: FormatOptions, style: Style): Section {
  const labels = options.details?.labels;
  const ranked = rankFailures(report.blastRadius.nodes);
  const rows: Row[] = [];
  const [worst, ...next] = ranked;
  if (worst !== undefined) {
    const lines = [cell(failureLine(worst, labels), style.bad)];
    const result = options.details?.failures.get(worst.id);
    if (result !== undefined) {
      lines.push(
        cell(
          `lost: ${listNames(
            distinctNames(
              result.lostWorkloads.map((w) => w.id),
              labels,
            ),
          )}`,
        ),
      );
      if (result.servicesDown.length > 0)
        lines.push(cell(`services down: ${listNames(result.servicesDown)}`));
      if (result.servicesDegraded.length > 0)
        lines.push(cell(`services degraded: ${listNames(result.servicesDegraded)}`));
    }
    rows.push({ label: 'Worst single failure', lines });
  }
  if (next.length > 0)
    rows.push({ label: 'Next', lines: next.map((entry) => cell(failureLine(entry, labels))) });
  const sfd = report.blastRadius.singleFailureDomainServices;
  if (sfd.length > 0)
    rows.push(
      row(
        'One failure domain',
        cell(`${listNames(sfd)} (every workload on one server)`, style.warn),
      ),
    );
  if (rows.length === 0)
    return {
      title: 'Failures',
      summary: cell('no single failure loses a workload', style.good),
      rows,
    };
  return { title: 'Failures', rows };
}

function clusterVerdict(c: ClusterHa, style: Style): Cell {
  const size = `${plural(c.hosts, 'host')}, ${plural(c.vms, 'VM')}: `;
  if (c.hosts < 2) return cell(`${size}one host, nowhere to restart its VMs`, style.warn);
  if (c.toleratesHostFailures === 0) return cell(`${size}tolerates no host failure`, style.bad);
  return cell(`${size}tolerates ${plural(c.toleratesHostFailures, 'host failure')}`, style.good);
}

/** Past this many clusters the summary counts verdicts and names only the clusters without failover. */
const LISTED_CLUSTERS = 10;

function clusterCounts(clusters: readonly ClusterHa[], style: Style): Row[] {
  let single = 0;
  let none = 0;
  let one = 0;
  let more = 0;
  const noFailover: string[] = [];
  for (const c of clusters) {
    if (c.hosts < 2) single += 1;
    else if (c.toleratesHostFailures === 0) {
      none += 1;
      noFailover.push(c.name);
    } else if (c.toleratesHostFailures === 1) one += 1;
    else more += 1;
  }
  const parts = [
    none > 0 ? `${formatNumber(none)} tolerate no host failure` : '',
    one > 0 ? `${formatNumber(one)} tolerate 1` : '',
    more > 0 ? `${formatNumber(more)} tolerate 2 or more` : '',
    single > 0 ? `${formatNumber(single)} of one host` : '',
  ].filter((part) => part !== '');
  const rows = [row('Clusters', cell(`${formatNumber(clusters.length)}: ${parts.join(', ')}`))];
  if (noFailover.length > 0) rows.push(row('No failover', cell(listNames(noFailover), style.bad)));
  return rows;
}

function haSection(report: Report, style: Style): Section {
  const clusters = report.ha.clusters;
  if (clusters.length === 0) {
    const text =
      report.consolidation.vms === 0
        ? 'no clusters'
        : 'no clusters: a failed host restarts none of its VMs';
    return { title: 'High availability', summary: cell(text, style.dim), rows: [] };
  }
  if (clusters.length > LISTED_CLUSTERS)
    return { title: 'High availability', rows: clusterCounts(clusters, style) };
  return {
    title: 'High availability',
    rows: clusters.map((c) => row(c.name, clusterVerdict(c, style))),
  };
}

function drSection(dr: Dr | null, labels: NodeLabels | undefined, style: Style): Section {
  if (dr === null)
    return { title: 'Disaster recovery', summary: cell('no secondary site', style.dim), rows: [] };
  const verdict = dr.ready
    ? cell(`${formatPercent(dr.coverage)}: ready`, style.good)
    : cell(`${formatPercent(dr.coverage)}: NOT ready`, style.bad);
  const unprotected =
    dr.unprotected.length === 0
      ? cell('none')
      : cell(
          `${plural(dr.unprotected.length, 'workload')}: ${listNames(distinctNames(dr.unprotected, labels))}`,
          style.warn,
        );
  return {
    title: 'Disaster recovery',
    rows: [
      row('Coverage', verdict),
      row(
        'Primary demand',
        cell(`${formatNumber(dr.demandCpu)} vCPU, ${formatNumber(dr.demandRamGiB)} GiB`),
      ),
      row(
        'Secondary free',
        cell(`${formatNumber(dr.freeCpu)} vCPU, ${formatNumber(dr.freeRamGiB)} GiB`),
      ),
      row('Unprotected', unprotected),
    ],
  };
}

function isolationSection(s: Security, labels: NodeLabels | undefined): Section {
  const exposure =
    s.maxExposureWorkload === null
      ? 'no workloads'
      : `a breakout from ${nodeName(s.maxExposureWorkload, labels)} reaches ${plural(s.maxExposure, 'workload')}`;
  const kernel =
    s.largestSharedKernel === 0
      ? 'no containers share a kernel'
      : `${plural(s.largestSharedKernel, 'container')} on one kernel`;
  return {
    title: 'Isolation',
    rows: [row('Largest exposure', cell(exposure)), row('Largest shared kernel', cell(kernel))],
  };
}

/** The summary lists this many issues, errors first; `strata validate` lists them all. */
export const LISTED_ISSUES = 20;

function issuesSection(report: Report, style: Style): Section {
  const { issues } = report;
  const { errors } = countIssues(issues);
  const summary = issueSummary(issues);
  const paint = issues.length === 0 ? style.good : errors > 0 ? style.bad : style.warn;
  const errorsFirst = [
    ...issues.filter((issue) => issue.severity === 'error'),
    ...issues.filter((issue) => issue.severity !== 'error'),
  ];
  const block = issueTable(errorsFirst.slice(0, LISTED_ISSUES), style);
  if (issues.length > LISTED_ISSUES) {
    block.push(
      `  … and ${formatNumber(issues.length - LISTED_ISSUES)} more: strata validate lists them all`,
    );
  }
  return {
    title: 'Issues',
    summary: cell(summary === 'no issues' ? 'none' : summary, paint),
    rows: [],
    block,
  };
}

export function formatReport(report: Report, options: FormatOptions = {}): string {
  const style = options.style ?? PLAIN_STYLE;
  const labels = options.details?.labels;
  return renderSections(
    [
      planSection(report, options.scenario),
      consolidationSection(report.consolidation, labels, style),
      patchingSection(report.patching, report.consolidation.vmHosts, labels, style),
      failuresSection(report, options, style),
      haSection(report, style),
      drSection(report.dr, labels, style),
      isolationSection(report.security, labels),
      issuesSection(report, style),
    ],
    style,
  );
}
