/**
 * The figures a planner compares first, in the order they are read, each with the direction
 * that is better: the rows of `strata report --scenario all`, of `strata diff` and of the Compare
 * view. Most are report figures by their dotted key (./figures.ts); a few are counted from the
 * report (the worst failure's services down, the least HA tolerance, the issues).
 */
import type { CatalogKey } from '../i18n/keys';
import type { Lang } from '../i18n/lang';
import type { Report } from '../metrics/types';

export type Better = 'lower' | 'higher' | null;
export type FigureFormat = 'count' | 'number' | 'ratio' | 'percent';

export interface HeadlineFigure {
  /** The report figure's dotted key, or a key of its own for a counted one (`issues.errors`). */
  readonly key: string;
  readonly label: string;
  /** null: neither direction is better (how many workloads there are). */
  readonly better: Better;
  readonly format: FigureFormat;
  /** null: the plan has no such figure (no servers: no ratio; no secondary site: no coverage). */
  value(report: Report): number | null;
}

/**
 * Demand against capacity; null when nothing places demand (bare-metal workloads only: their
 * use is not known, as the report's summary says).
 */
function inUse(report: Report, demand: number, capacity: number): number | null {
  const { cpuDemand, ramDemand } = report.consolidation.totals;
  return capacity > 0 && (cpuDemand > 0 || ramDemand > 0) ? demand / capacity : null;
}

function leastTolerance(report: Report): number | null {
  const clusters = report.ha.clusters;
  return clusters.length === 0 ? null : Math.min(...clusters.map((c) => c.toleratesHostFailures));
}

function mostServicesDown(report: Report): number {
  let most = 0;
  for (const entry of report.blastRadius.nodes) most = Math.max(most, entry.servicesDown);
  return most;
}

function issues(report: Report, severity: 'error' | 'warning'): number {
  return report.issues.filter((issue) => issue.severity === severity).length;
}

const figure = (
  key: string,
  label: string,
  better: Better,
  format: FigureFormat,
  value: (report: Report) => number | null,
): HeadlineFigure => ({ key, label, better, format, value });

export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  figure('plan.nodes', 'Nodes', null, 'count', (r) => r.plan.nodes),
  figure('consolidation.servers', 'Servers', 'lower', 'count', (r) => r.consolidation.servers),
  figure('consolidation.workloads', 'Workloads', null, 'count', (r) => r.consolidation.workloads),
  figure(
    'consolidation.ratio',
    'Consolidation ratio',
    'higher',
    'ratio',
    (r) => r.consolidation.ratio,
  ),
  figure(
    'consolidation.serversSaved',
    'Servers saved',
    'higher',
    'count',
    (r) => r.consolidation.serversSaved,
  ),
  figure(
    'consolidation.vmsPerHost',
    'VMs per host',
    null,
    'number',
    (r) => r.consolidation.vmsPerHost,
  ),
  figure(
    'consolidation.containersPerHost',
    'Containers per host',
    null,
    'number',
    (r) => r.consolidation.containersPerHost,
  ),
  figure('consolidation.cpuPerCore', 'vCPU per core', null, 'number', (r) =>
    inUse(r, r.consolidation.totals.cpuDemand, r.consolidation.totals.cpuCores),
  ),
  figure('consolidation.ramInUse', 'RAM in use', null, 'percent', (r) =>
    inUse(r, r.consolidation.totals.ramDemand, r.consolidation.totals.ramGiB),
  ),
  figure('patching.osInstances', 'OS instances', 'lower', 'count', (r) => r.patching.osInstances),
  figure(
    'patching.distinctOsVersions',
    'OS versions',
    'lower',
    'count',
    (r) => r.patching.distinctOsVersions,
  ),
  figure(
    'patching.hoursPerYear',
    'Patch hours per year',
    'lower',
    'number',
    (r) => r.patching.hoursPerYear,
  ),
  figure(
    'patching.downtimeHosts',
    'Hosts with patch downtime',
    'lower',
    'count',
    (r) => r.patching.downtimeHosts.length,
  ),
  figure(
    'blastRadius.max.lost',
    'Worst failure: workloads lost',
    'lower',
    'count',
    (r) => r.blastRadius.max?.lost ?? 0,
  ),
  figure(
    'blastRadius.servicesDown',
    'Worst failure: services down',
    'lower',
    'count',
    mostServicesDown,
  ),
  figure(
    'ha.toleratesHostFailures',
    'HA: host failures tolerated',
    'higher',
    'count',
    leastTolerance,
  ),
  figure('dr.coverage', 'DR coverage', 'higher', 'percent', (r) => r.dr?.coverage ?? null),
  figure(
    'security.maxExposure',
    'Largest breakout reach',
    'lower',
    'count',
    (r) => r.security.maxExposure,
  ),
  figure(
    'security.largestSharedKernel',
    'Largest shared kernel',
    'lower',
    'count',
    (r) => r.security.largestSharedKernel,
  ),
  figure('issues.errors', 'Errors', 'lower', 'count', (r) => issues(r, 'error')),
  figure('issues.warnings', 'Warnings', 'lower', 'count', (r) => issues(r, 'warning')),
];

export type Verdict = 'better' | 'worse' | 'same' | 'neutral';

/** Whether going from `from` to `to` is better, worse, the same, or neither (no direction, or a figure missing). */
export function verdict(fig: HeadlineFigure, from: number | null, to: number | null): Verdict {
  if (from === null || to === null) return from === to ? 'same' : 'neutral';
  if (from === to) return 'same';
  if (fig.better === null) return 'neutral';
  return to < from === (fig.better === 'lower') ? 'better' : 'worse';
}

/** Every headline figure of a report, in HEADLINE_FIGURES' order (what a worker sends the page). */
export function headlineValues(report: Report): (number | null)[] {
  return HEADLINE_FIGURES.map((figure) => figure.value(report));
}

/** A headline figure's label in the reader's language (the catalog's `headline.<key>`). */
export function headlineLabel(fig: HeadlineFigure, lang: Lang): string {
  return lang.t(`headline.${fig.key}` as CatalogKey);
}
