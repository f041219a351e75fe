/**
 * Every figure a planner reads, as text: one label, one value and a one-line meaning each. The
 * app's figures panel, the exported image's summary and the PDF report print these; the command
 * line's summary formats the same values with the same functions (shared/format/numbers.ts), so
 * the screen, the files and `strata report` say the same thing. Words come from the catalog of
 * `lang` and numbers are written for its locale; English (en-US) unless a caller passes another.
 */
import { rankFailures } from '../metrics/failureRanking';
import type { BlastEntry, ClusterHa, Report } from '../metrics/types';
import { ENGLISH, type Lang } from '../i18n/lang';
import { counted } from './counted';
import { formatNumber, formatPercent, formatRatio } from './numbers';

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

export const hoursText = (hours: number, lang: Lang = ENGLISH): string =>
  lang.t('unit.hours', { n: formatNumber(hours, 2, lang.numberLocale) });

/** `1 host failure`, as the HA table and the report word a cluster. */
export function clusterText(c: ClusterHa, lang: Lang = ENGLISH): string {
  return counted(lang, 'hostFailure', c.toleratesHostFailures);
}

/** Each language's figure labels and meanings, looked up once: the texts are redone on every edit. */
const wordings = new WeakMap<Lang, Map<string, { readonly label: string; readonly meaning: string }>>();

/** A maker of the figures of one section: label and meaning from the catalog (`figure.<id>`). */
function figureOf(section: FigureSection, lang: Lang) {
  let known = wordings.get(lang);
  if (!known) {
    known = new Map();
    wordings.set(lang, known);
  }
  const words = known;
  return (id: string, text: string): FigureText => {
    let w = words.get(id);
    if (!w) {
      w = { label: lang.t(`figure.${id}` as never), meaning: lang.t(`figure.${id}.meaning` as never) };
      words.set(id, w);
    }
    return { id, section, label: w.label, text, meaning: w.meaning };
  };
}

function consolidationFigures(report: Report, lang: Lang): FigureText[] {
  const c = report.consolidation;
  const f = figureOf('consolidation', lang);
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  return [
    f('ratio', formatRatio(c.ratio, lang.numberLocale, lang.t('format.notApplicable'))),
    f('servers-saved', n(c.serversSaved)),
    f('vms-per-host', c.vmsPerHost === null ? lang.t('figure.text.noVms') : n(c.vmsPerHost)),
    f(
      'containers-per-host',
      c.containersPerHost === null ? lang.t('figure.text.noContainers') : n(c.containersPerHost),
    ),
    f('cpu-in-use', lang.t('unit.coresUsed', { used: n(c.totals.cpuDemand), total: n(c.totals.cpuCores) })),
    f('ram-in-use', lang.t('unit.gibUsed', { used: n(c.totals.ramDemand), total: n(c.totals.ramGiB) })),
    f('servers', n(c.servers)),
    f('workloads', n(c.workloads)),
    f('vms', n(c.vms)),
    f('vm-hosts', n(c.vmHosts)),
    f('containers', n(c.containers)),
    f('container-hosts', n(c.containerHosts)),
  ];
}

function patchingFigures(report: Report, lang: Lang): FigureText[] {
  const p = report.patching;
  const f = figureOf('patching', lang);
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  return [
    f('os-instances', n(p.osInstances)),
    f('hours-cycle', hoursText(p.hoursPerCycle, lang)),
    f('hours-year', hoursText(p.hoursPerYear, lang)),
    f('downtime-hosts', n(p.downtimeHosts.length)),
    f('host-os', n(p.hostOs)),
    f('hypervisors', n(p.hypervisors)),
    f('guest-os', n(p.guestOs)),
    f('runtimes', n(p.runtimes)),
    f('images', n(p.images)),
    f('distinct-os', n(p.distinctOsVersions)),
  ];
}

function failureFigures(report: Report, name: NameOf, lang: Lang): FigureText[] {
  const worst = worstFailure(report);
  const s = report.security;
  const f = figureOf('failures', lang);
  return [
    f(
      'blast-worst',
      worst
        ? lang.t('figure.text.worstLost', { name: name(worst.id), lost: counted(lang, 'workload', worst.lost) })
        : lang.t('format.none'),
    ),
    f(
      'max-exposure',
      s.maxExposureWorkload === null
        ? lang.t('figure.text.noWorkloads')
        : lang.t('figure.text.exposure', {
            workloads: counted(lang, 'workload', s.maxExposure),
            name: name(s.maxExposureWorkload),
          }),
    ),
    f('largest-shared-kernel', counted(lang, 'container', s.largestSharedKernel)),
    f(
      'single-failure-domains',
      formatNumber(report.blastRadius.singleFailureDomainServices.length, 2, lang.numberLocale),
    ),
  ];
}

function drFigures(report: Report, lang: Lang): FigureText[] {
  const dr = report.dr;
  if (dr === null) return [];
  const f = figureOf('dr', lang);
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  return [
    f('dr-coverage', formatPercent(dr.coverage, lang.numberLocale)),
    f('dr-ready', dr.ready ? lang.t('format.yes') : lang.t('format.no')),
    f('dr-demand', lang.t('unit.vcpuGib', { cpu: n(dr.demandCpu), ram: n(dr.demandRamGiB) })),
    f('dr-free', lang.t('unit.vcpuGib', { cpu: n(dr.freeCpu), ram: n(dr.freeRamGiB) })),
    f('dr-unprotected', counted(lang, 'workload', dr.unprotected.length)),
  ];
}

/** Every figure of the report, in the panel's order; DR figures only when the plan has a secondary site. */
export function figureTexts(report: Report, name: NameOf, lang: Lang = ENGLISH): FigureText[] {
  return [
    ...consolidationFigures(report, lang),
    ...patchingFigures(report, lang),
    ...failureFigures(report, name, lang),
    ...drFigures(report, lang),
  ];
}

/** The figures by id. */
export function figureMap(
  report: Report,
  name: NameOf,
  lang: Lang = ENGLISH,
): ReadonlyMap<string, FigureText> {
  return new Map(figureTexts(report, name, lang).map((f) => [f.id, f]));
}
