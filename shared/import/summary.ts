/** What an import brings in, as the command line prints it and the app's preview shows it. */
import { NODE_KINDS, type NodeKind, type PlanNode } from '../model/nodes';
import type { Plan } from '../model/plan';
import { formatNumber, plural } from '../format/numbers';
import type { CatalogKey } from '../i18n/keys';
import { ENGLISH, type Lang } from '../i18n/lang';
import type { ImportSuccess } from './types';

export interface PlaceCount {
  readonly name: string;
  readonly servers: number;
  readonly vms: number;
  readonly containers: number;
}

export interface ClusterCount {
  readonly name: string;
  readonly hosts: number;
  readonly vms: number;
}

export interface ImportSummary {
  readonly nodes: Readonly<Record<NodeKind, number>>;
  readonly sites: readonly PlaceCount[];
  readonly clusters: readonly ClusterCount[];
}

export function countKinds(nodes: readonly PlanNode[]): Record<NodeKind, number> {
  const out = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const n of nodes) out[n.kind] += 1;
  return out;
}

export function summarizeImport(plan: Plan): ImportSummary {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const siteOf = new Map<string, string>();
  const clusterOf = new Map<string, string>();
  const sites = new Map<string, { servers: number; vms: number; containers: number }>();
  const clusters = new Map<string, { hosts: number; vms: number }>();
  // Parents come before children in an imported plan: one pass carries site and cluster down.
  for (const n of plan.nodes) {
    const parentSite = n.parentId === null ? undefined : siteOf.get(n.parentId);
    const site = n.kind === 'site' ? n.name : parentSite;
    if (site !== undefined) siteOf.set(n.id, site);
    const parentCluster = n.parentId === null ? undefined : clusterOf.get(n.parentId);
    const cluster = n.kind === 'hypervisor' ? (n.cluster ?? undefined) : parentCluster;
    if (cluster !== undefined) clusterOf.set(n.id, cluster);
    if (n.kind === 'site')
      sites.set(n.name, sites.get(n.name) ?? { servers: 0, vms: 0, containers: 0 });
    const s = site === undefined ? undefined : sites.get(site);
    if (s && n.kind === 'server') s.servers++;
    if (s && n.kind === 'vm') s.vms++;
    if (s && n.kind === 'container') s.containers++;
    if (n.kind === 'hypervisor' && cluster !== undefined) {
      const c = clusters.get(cluster) ?? { hosts: 0, vms: 0 };
      c.hosts++;
      clusters.set(cluster, c);
    }
    if (
      n.kind === 'vm' &&
      cluster !== undefined &&
      byId.get(n.parentId ?? '')?.kind === 'hypervisor'
    ) {
      const c = clusters.get(cluster);
      if (c) c.vms++;
    }
  }
  return {
    nodes: countKinds(plan.nodes),
    sites: [...sites]
      .map(([name, c]) => ({ name, ...c }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    clusters: [...clusters]
      .map(([name, c]) => ({ name, ...c }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The `--json` object of `strata import`. */
export function importJson(result: ImportSuccess): object {
  return {
    nodes: countKinds(result.plan.nodes),
    skipped: result.skipped,
    included: result.included,
    warnings: result.warnings.map((w) => ({
      file: w.file,
      row: w.row,
      column: w.column,
      message: w.message,
      // The code beside the English, as validation issues carry it.
      ...(w.said === undefined ? {} : { messageKey: w.said.key, params: w.said.params }),
    })),
  };
}

/** What each count of `skipped` and `included` means, singular and plural. */
export const COUNT_LABEL: Readonly<Record<string, readonly [string, string]>> = {
  templates: ['template', 'templates'],
  srmPlaceholders: ['SRM placeholder', 'SRM placeholders'],
  poweredOff: ['powered-off VM or guest', 'powered-off VMs and guests'],
  missingHost: ['row on a host not in the inventory', 'rows on hosts not in the inventory'],
  invalid: ['row with a bad value', 'rows with bad values'],
  duplicates: ['repeated row', 'repeated rows'],
  profiles: ['service of a profile not asked for', 'services of profiles not asked for'],
  scaledToZero: ['service scaled to zero', 'services scaled to zero'],
  otherTypes: ['other resource (storage, sdn, pool)', 'other resources (storage, sdn, pool)'],
  otherKinds: ['other object', 'other objects'],
  ownedByWorkload: [
    'object owned by a workload in the files',
    'objects owned by workloads in the files',
  ],
  finishedPods: ['finished pod', 'finished pods'],
  unscheduled: ['pod that fits on no node', 'pods that fit on no node'],
  missingParent: ['row whose parent is missing', 'rows whose parents are missing'],
};

/** `3 templates`, `2 个模板`: each count with its words, in the reader's language. */
export function describeCounts(
  counts: Readonly<Record<string, number>>,
  lang: Lang = ENGLISH,
): string[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => {
      if (!Object.hasOwn(COUNT_LABEL, key)) return plural(n, key, key);
      const shown = formatNumber(n, 2, lang.numberLocale);
      return lang.t(`importCount.${key}` as CatalogKey, { count: n, n: shown });
    });
}
