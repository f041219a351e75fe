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
import { formatNumber, formatPercent, formatRatio } from '../../shared/format/numbers';
import { counted } from '../../shared/format/counted';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import type { ReportDetails } from './reportDetails';
import { PLAIN_STYLE } from './style';
import type { Style } from './style';

export interface FormatOptions {
  /** Names of nodes and what the worst failures take down; without them the summary shows ids and counts. */
  readonly details?: ReportDetails;
  readonly style?: Style;
  /** The scenario reported, for a file of several: `"Virtualized" (2 of 3)`. */
  readonly scenario?: string;
  /** The language of the words and numbers (English by default). */
  readonly lang?: Lang;
}

const row = (label: string, ...lines: Cell[]): Row => ({ label, lines });

function planSection(report: Report, scenario: string | undefined, lang: Lang): Section {
  const { plan, consolidation } = report;
  const { t } = lang;
  return {
    title: t('cli.report.plan'),
    summary: cell(plan.name),
    rows: [
      ...(scenario === undefined ? [] : [row(t('cli.report.scenario'), cell(scenario))]),
      row(
        t('cli.report.size'),
        cell(
          t('cli.report.sizeText', {
            nodes: counted(lang, 'node', plan.nodes),
            links: counted(lang, 'link', plan.links),
            servers: counted(lang, 'server', consolidation.servers),
            workloads: counted(lang, 'workload', consolidation.workloads),
          }),
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
  lang: Lang,
): Section {
  const { t } = lang;
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  const pct = (x: number): string => formatPercent(x, lang.numberLocale);
  const rows: Row[] = [
    row(
      t('cli.report.ratio'),
      cell(
        t('cli.report.ratioText', {
          ratio: formatRatio(c.ratio, lang.numberLocale, t('format.notApplicable')),
          workloads: counted(lang, 'workload', c.workloads),
          servers: counted(lang, 'server', c.servers),
        }),
      ),
    ),
    row(t('figure.servers-saved'), cell(t('cli.report.savedText', { n: n(c.serversSaved) }))),
    row(
      t('figure.vms-per-host'),
      cell(
        c.vmsPerHost === null
          ? t('figure.text.noVms')
          : t('cli.report.perHostText', {
              n: n(c.vmsPerHost),
              what: counted(lang, 'vm', c.vms),
              hosts: counted(lang, 'host', c.vmHosts),
            }),
      ),
    ),
    row(
      t('figure.containers-per-host'),
      cell(
        c.containersPerHost === null
          ? t('figure.text.noContainers')
          : t('cli.report.perHostText', {
              n: n(c.containersPerHost),
              what: counted(lang, 'container', c.containers),
              hosts: counted(lang, 'host', c.containerHosts),
            }),
      ),
    ),
  ];
  const tot = c.totals;
  if (tot.cpuCores > 0 && tot.cpuDemand === 0 && tot.ramDemand === 0) {
    // Bare-metal workloads have no demand figure: only their servers' capacity is known.
    rows.push(
      row(t('cli.report.capacity'), cell(t('cli.report.capacityText', { cores: n(tot.cpuCores), ram: n(tot.ramGiB) }))),
    );
  } else if (tot.cpuCores > 0) {
    rows.push(
      row(
        t('figure.cpu-in-use'),
        cell(
          t('cli.report.cpuText', {
            demand: n(tot.cpuDemand),
            cores: n(tot.cpuCores),
            perCore: n(tot.cpuDemand / tot.cpuCores),
          }),
        ),
      ),
      row(
        t('figure.ram-in-use'),
        cell(t('cli.report.ramText', { demand: n(tot.ramDemand), ram: n(tot.ramGiB), percent: pct(tot.ramDemand / tot.ramGiB) })),
      ),
    );
  }
  const busiest = busiestHost(c);
  if (busiest !== undefined) {
    const text = t('cli.report.busiestText', {
      name: nodeName(busiest.id, labels),
      demand: n(busiest.ramDemand),
      ram: n(busiest.ramGiB),
      percent: pct(busiest.ramUtilization),
    });
    rows.push(row(t('cli.report.busiest'), cell(text, busiest.ramUtilization > 1 ? style.bad : undefined)));
  }
  return { title: t('section.consolidation'), rows };
}

function patchingSection(
  p: Patching,
  vmHosts: number,
  labels: NodeLabels | undefined,
  style: Style,
  lang: Lang,
): Section {
  const { t } = lang;
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  const downtime =
    vmHosts === 0
      ? cell(t('cli.report.noHypervisorToEvacuate'))
      : p.downtimeHosts.length === 0
        ? cell(t('cli.report.everyHostEvacuates'), style.good)
        : cell(
            t('cli.report.cannotEvacuate', {
              hypervisors: counted(lang, 'hypervisor', p.downtimeHosts.length),
              names: listNames(distinctNames(p.downtimeHosts, labels), 8, lang),
            }),
            style.warn,
          );
  return {
    title: t('section.patching'),
    rows: [
      row(
        t('figure.os-instances'),
        cell(t('cli.report.osText', { n: n(p.osInstances), host: n(p.hostOs), hypervisor: n(p.hypervisors), guest: n(p.guestOs) })),
      ),
      row(
        t('cli.report.runtimesImages'),
        cell(`${counted(lang, 'runtime', p.runtimes)}${t('cli.list.separator')}${counted(lang, 'image', p.images)}`),
      ),
      row(t('figure.distinct-os'), cell(t('cli.report.distinctText', { n: n(p.distinctOsVersions) }))),
      row(t('figure.hours-cycle'), cell(n(p.hoursPerCycle))),
      row(t('figure.hours-year'), cell(n(p.hoursPerYear))),
      row(t('cli.report.patchDowntime'), downtime),
    ],
  };
}

function failureLine(entry: BlastEntry, labels: NodeLabels | undefined, lang: Lang): string {
  const { t } = lang;
  const parts = [t('cli.report.lost', { workloads: counted(lang, 'workload', entry.lost) })];
  if (entry.recovered > 0)
    parts.push(t('cli.report.recovered', { n: formatNumber(entry.recovered, 2, lang.numberLocale) }));
  parts.push(t('cli.report.down', { services: counted(lang, 'service', entry.servicesDown) }));
  return `${describeNode(entry.id, labels, lang)}${t('cli.fail.colon')}${parts.join(t('cli.list.separator'))}`;
}

function failuresSection(report: Report, options: FormatOptions, style: Style, lang: Lang): Section {
  const { t } = lang;
  const labels = options.details?.labels;
  const ranked = rankFailures(report.blastRadius.nodes);
  const rows: Row[] = [];
  const [worst, ...next] = ranked;
  if (worst !== undefined) {
    const lines = [cell(failureLine(worst, labels, lang), style.bad)];
    const result = options.details?.failures.get(worst.id);
    if (result !== undefined) {
      lines.push(
        cell(
          t('cli.report.lostList', {
            names: listNames(
              distinctNames(
                result.lostWorkloads.map((w) => w.id),
                labels,
              ),
              8,
              lang,
            ),
          }),
        ),
      );
      if (result.servicesDown.length > 0)
        lines.push(cell(t('cli.report.servicesDown', { names: listNames(result.servicesDown, 8, lang) })));
      if (result.servicesDegraded.length > 0)
        lines.push(cell(t('cli.report.servicesDegraded', { names: listNames(result.servicesDegraded, 8, lang) })));
    }
    rows.push({ label: t('cli.report.worst'), lines });
  }
  if (next.length > 0)
    rows.push({ label: t('cli.report.next'), lines: next.map((entry) => cell(failureLine(entry, labels, lang))) });
  const sfd = report.blastRadius.singleFailureDomainServices;
  if (sfd.length > 0)
    rows.push(
      row(t('cli.report.oneFailureDomain'), cell(t('cli.report.oneFailureDomainText', { names: listNames(sfd, 8, lang) }), style.warn)),
    );
  if (rows.length === 0)
    return {
      title: t('section.failures'),
      summary: cell(t('cli.report.noFailureLoses'), style.good),
      rows,
    };
  return { title: t('section.failures'), rows };
}

function clusterVerdict(c: ClusterHa, style: Style, lang: Lang): Cell {
  const { t } = lang;
  const size = t('cli.report.clusterSize', { hosts: counted(lang, 'host', c.hosts), vms: counted(lang, 'vm', c.vms) });
  if (c.hosts < 2) return cell(`${size}${t('cli.report.oneHost')}`, style.warn);
  if (c.toleratesHostFailures === 0) return cell(`${size}${t('cli.report.toleratesNone')}`, style.bad);
  return cell(
    `${size}${t('cli.report.tolerates', { failures: counted(lang, 'hostFailure', c.toleratesHostFailures) })}`,
    style.good,
  );
}

/** Past this many clusters the summary counts verdicts and names only the clusters without failover. */
const LISTED_CLUSTERS = 10;

function clusterCounts(clusters: readonly ClusterHa[], style: Style, lang: Lang): Row[] {
  const { t } = lang;
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
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
    none > 0 ? t('cli.report.clustersNone', { n: n(none) }) : '',
    one > 0 ? t('cli.report.clustersOne', { n: n(one) }) : '',
    more > 0 ? t('cli.report.clustersMore', { n: n(more) }) : '',
    single > 0 ? t('cli.report.clustersSingle', { n: n(single) }) : '',
  ].filter((part) => part !== '');
  const rows = [
    row(t('cli.report.clusters'), cell(`${n(clusters.length)}${t('cli.fail.colon')}${parts.join(t('cli.list.separator'))}`)),
  ];
  if (noFailover.length > 0)
    rows.push(row(t('cli.report.noFailover'), cell(listNames(noFailover, 8, lang), style.bad)));
  return rows;
}

function haSection(report: Report, style: Style, lang: Lang): Section {
  const { t } = lang;
  const title = t('cli.report.ha');
  const clusters = report.ha.clusters;
  if (clusters.length === 0) {
    const text =
      report.consolidation.vms === 0 ? t('cli.report.noClusters') : t('cli.report.noClustersVms');
    return { title, summary: cell(text, style.dim), rows: [] };
  }
  if (clusters.length > LISTED_CLUSTERS) return { title, rows: clusterCounts(clusters, style, lang) };
  return { title, rows: clusters.map((c) => row(c.name, clusterVerdict(c, style, lang))) };
}

function drSection(dr: Dr | null, labels: NodeLabels | undefined, style: Style, lang: Lang): Section {
  const { t } = lang;
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  const title = t('section.dr');
  if (dr === null) return { title, summary: cell(t('cli.report.noSecondary'), style.dim), rows: [] };
  const coverage = formatPercent(dr.coverage, lang.numberLocale);
  const verdict = dr.ready
    ? cell(t('cli.report.drReady', { coverage }), style.good)
    : cell(t('cli.report.drNotReady', { coverage }), style.bad);
  const unprotected =
    dr.unprotected.length === 0
      ? cell(t('format.none'))
      : cell(
          `${counted(lang, 'workload', dr.unprotected.length)}${t('cli.fail.colon')}${listNames(distinctNames(dr.unprotected, labels), 8, lang)}`,
          style.warn,
        );
  return {
    title,
    rows: [
      row(t('cli.report.coverage'), verdict),
      row(t('cli.report.primaryDemand'), cell(t('cli.report.cpuRam', { cpu: n(dr.demandCpu), ram: n(dr.demandRamGiB) }))),
      row(t('cli.report.secondaryFree'), cell(t('cli.report.cpuRam', { cpu: n(dr.freeCpu), ram: n(dr.freeRamGiB) }))),
      row(t('figure.dr-unprotected'), unprotected),
    ],
  };
}

function isolationSection(s: Security, labels: NodeLabels | undefined, lang: Lang): Section {
  const { t } = lang;
  const exposure =
    s.maxExposureWorkload === null
      ? t('figure.text.noWorkloads')
      : t('cli.report.breakout', {
          name: nodeName(s.maxExposureWorkload, labels),
          workloads: counted(lang, 'workload', s.maxExposure),
        });
  const kernel =
    s.largestSharedKernel === 0
      ? t('cli.report.noSharedKernel')
      : t('cli.report.sharedKernel', { containers: counted(lang, 'container', s.largestSharedKernel) });
  return {
    title: t('cli.report.isolation'),
    rows: [row(t('figure.max-exposure'), cell(exposure)), row(t('figure.largest-shared-kernel'), cell(kernel))],
  };
}

/** The summary lists this many issues, errors first; `strata validate` lists them all. */
export const LISTED_ISSUES = 20;

function issuesSection(report: Report, style: Style, lang: Lang): Section {
  const { t } = lang;
  const { issues } = report;
  const { errors } = countIssues(issues);
  const summary = issues.length === 0 ? t('format.none') : issueSummary(issues, lang);
  const paint = issues.length === 0 ? style.good : errors > 0 ? style.bad : style.warn;
  const errorsFirst = [
    ...issues.filter((issue) => issue.severity === 'error'),
    ...issues.filter((issue) => issue.severity !== 'error'),
  ];
  const block = issueTable(errorsFirst.slice(0, LISTED_ISSUES), style, lang);
  if (issues.length > LISTED_ISSUES) {
    block.push(
      t('cli.report.moreIssues', { n: formatNumber(issues.length - LISTED_ISSUES, 2, lang.numberLocale) }),
    );
  }
  return {
    title: t('cli.report.issues'),
    summary: cell(summary, paint),
    rows: [],
    block,
  };
}

export function formatReport(report: Report, options: FormatOptions = {}): string {
  const style = options.style ?? PLAIN_STYLE;
  const lang = options.lang ?? ENGLISH;
  const labels = options.details?.labels;
  return renderSections(
    [
      planSection(report, options.scenario, lang),
      consolidationSection(report.consolidation, labels, style, lang),
      patchingSection(report.patching, report.consolidation.vmHosts, labels, style, lang),
      failuresSection(report, options, style, lang),
      haSection(report, style, lang),
      drSection(report.dr, labels, style, lang),
      isolationSection(report.security, labels, lang),
      issuesSection(report, style, lang),
    ],
    style,
  );
}
