/**
 * Every figure a planner reads, as text: one label, one value and a one-line meaning each. The
 * app's figures panel, the exported image's summary and the PDF report print these; the command
 * line's summary formats the same values with the same functions (shared/format/numbers.ts), so
 * the screen, the files and `strata report` say the same thing.
 */
import { rankFailures } from '../metrics/failureRanking';
import type { BlastEntry, ClusterHa, Report } from '../metrics/types';
import { formatNumber, formatPercent, formatRatio, plural } from './numbers';

export type FigureSection = 'consolidation' | 'patching' | 'failures' | 'dr';

export interface FigureText {
  /** The panel shows it as `data-testid="metric-<id>"`. */
  readonly id: string;
  readonly section: FigureSection;
  readonly label: string;
  readonly text: string;
  readonly meaning: string;
}

/** Node id → the name a planner knows it by. */
export type NameOf = (id: string) => string;

/** The worst single failure as the summary ranks it (most lost, then most services down). */
export function worstFailure(report: Report): BlastEntry | null {
  return rankFailures(report.blastRadius.nodes, 1)[0] ?? null;
}

export const hoursText = (hours: number): string => `${formatNumber(hours)} h`;

/** `tolerates 1 host failure`, as the HA table and the report word a cluster. */
export function clusterText(c: ClusterHa): string {
  return plural(c.toleratesHostFailures, 'host failure');
}

/** A maker of the figures of one section. */
function figureOf(section: FigureSection) {
  return (id: string, label: string, text: string, meaning: string): FigureText => ({
    id,
    section,
    label,
    text,
    meaning,
  });
}

function consolidationFigures(report: Report): FigureText[] {
  const c = report.consolidation;
  const f = figureOf('consolidation');
  return [
    f('ratio', 'Consolidation ratio', formatRatio(c.ratio), 'Workloads per physical server.'),
    f(
      'servers-saved',
      'Servers saved',
      formatNumber(c.serversSaved),
      'Servers avoided against one dedicated server per workload.',
    ),
    f(
      'vms-per-host',
      'VMs per host',
      c.vmsPerHost === null ? 'no VMs' : formatNumber(c.vmsPerHost),
      'Virtual machines per server that runs a hypervisor.',
    ),
    f(
      'containers-per-host',
      'Containers per host',
      c.containersPerHost === null ? 'no containers' : formatNumber(c.containersPerHost),
      'Containers per physical server that carries any.',
    ),
    f(
      'cpu-in-use',
      'CPU in use',
      `${formatNumber(c.totals.cpuDemand)} / ${formatNumber(c.totals.cpuCores)} cores`,
      'vCPU and container CPU demanded, against the physical cores.',
    ),
    f(
      'ram-in-use',
      'RAM in use',
      `${formatNumber(c.totals.ramDemand)} / ${formatNumber(c.totals.ramGiB)} GiB`,
      'RAM demanded by VMs, containers and hypervisor reserves, against the servers’ RAM.',
    ),
    f('servers', 'Servers', formatNumber(c.servers), 'Physical servers in the plan.'),
    f(
      'workloads',
      'Workloads',
      formatNumber(c.workloads),
      'VMs, containers and bare-metal applications.',
    ),
    f('vms', 'VMs', formatNumber(c.vms), 'Virtual machines.'),
    f('vm-hosts', 'VM hosts', formatNumber(c.vmHosts), 'Servers that run a hypervisor.'),
    f('containers', 'Containers', formatNumber(c.containers), 'Containers.'),
    f(
      'container-hosts',
      'Container hosts',
      formatNumber(c.containerHosts),
      'Physical servers with a container anywhere inside.',
    ),
  ];
}

function patchingFigures(report: Report): FigureText[] {
  const p = report.patching;
  const f = figureOf('patching');
  return [
    f(
      'os-instances',
      'OS instances',
      formatNumber(p.osInstances),
      'Operating systems to patch: host OSes, hypervisors and guest OSes (containers add none).',
    ),
    f(
      'hours-cycle',
      'Hours per cycle',
      hoursText(p.hoursPerCycle),
      'Patching work in one patch cycle.',
    ),
    f(
      'hours-year',
      'Hours per year',
      hoursText(p.hoursPerYear),
      'Patching work over a year of cycles.',
    ),
    f(
      'downtime-hosts',
      'Downtime hosts',
      formatNumber(p.downtimeHosts.length),
      'Hypervisors whose VMs cannot be evacuated for patching.',
    ),
    f('host-os', 'Host OS', formatNumber(p.hostOs), 'Servers with a host operating system.'),
    f('hypervisors', 'Hypervisors', formatNumber(p.hypervisors), 'Hypervisors to patch.'),
    f('guest-os', 'Guest OS', formatNumber(p.guestOs), 'Guest operating systems, one per VM.'),
    f('runtimes', 'Runtimes', formatNumber(p.runtimes), 'Container runtimes to patch.'),
    f('images', 'Images', formatNumber(p.images), 'Distinct container images to rebuild.'),
    f(
      'distinct-os',
      'OS versions',
      formatNumber(p.distinctOsVersions),
      'Distinct OS family, name and version combinations.',
    ),
  ];
}

function failureFigures(report: Report, name: NameOf): FigureText[] {
  const worst = worstFailure(report);
  const s = report.security;
  const f = figureOf('failures');
  return [
    f(
      'blast-worst',
      'Worst failure',
      worst ? `${name(worst.id)}: ${plural(worst.lost, 'workload')} lost` : 'none',
      'The single node whose failure loses the most workloads after HA restarts.',
    ),
    f(
      'max-exposure',
      'Largest exposure',
      s.maxExposureWorkload === null
        ? 'no workloads'
        : `${plural(s.maxExposure, 'workload')} from ${name(s.maxExposureWorkload)}`,
      'Workloads a breakout from one workload can reach.',
    ),
    f(
      'largest-shared-kernel',
      'Largest shared kernel',
      plural(s.largestSharedKernel, 'container'),
      'The most containers that share one kernel (one kernel exploit reaches them all).',
    ),
    f(
      'single-failure-domains',
      'Single failure domains',
      formatNumber(report.blastRadius.singleFailureDomainServices.length),
      'Services whose workloads all sit on one physical server.',
    ),
  ];
}

function drFigures(report: Report): FigureText[] {
  const dr = report.dr;
  if (dr === null) return [];
  const f = figureOf('dr');
  return [
    f(
      'dr-coverage',
      'DR coverage',
      formatPercent(dr.coverage),
      'Free room at the secondary site against the primary VMs’ demand (the scarcer of CPU and RAM).',
    ),
    f(
      'dr-ready',
      'DR ready',
      dr.ready ? 'Yes' : 'No',
      'Whether the secondary site can restart every primary VM.',
    ),
    f(
      'dr-demand',
      'Demand',
      `${formatNumber(dr.demandCpu)} vCPU · ${formatNumber(dr.demandRamGiB)} GiB`,
      'vCPU and RAM of the VMs at primary sites.',
    ),
    f(
      'dr-free',
      'Free at secondary',
      `${formatNumber(dr.freeCpu)} vCPU · ${formatNumber(dr.freeRamGiB)} GiB`,
      'Free CPU and RAM of the secondary site’s hypervisor hosts.',
    ),
    f(
      'dr-unprotected',
      'Unprotected',
      plural(dr.unprotected.length, 'workload'),
      'Workloads at primary sites that are not VMs or inside VMs: DR cannot restart them.',
    ),
  ];
}

/** Every figure of the report, in the panel's order; DR figures only when the plan has a secondary site. */
export function figureTexts(report: Report, name: NameOf): FigureText[] {
  return [
    ...consolidationFigures(report),
    ...patchingFigures(report),
    ...failureFigures(report, name),
    ...drFigures(report),
  ];
}

/** The figures by id. */
export function figureMap(report: Report, name: NameOf): ReadonlyMap<string, FigureText> {
  return new Map(figureTexts(report, name).map((f) => [f.id, f]));
}
