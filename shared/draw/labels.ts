/** The text an exported node shows: its name and its key figures, as the cards on the canvas word them. */
import { formatNumber } from '../format/numbers';
import { formatOs } from '../format/os';
import { ENGLISH, type Lang } from '../i18n/lang';
import type { HostUsage } from '../metrics/types';
import type { PlanNode } from '../model/nodes';

/** Detail lines under the name, most important first (the drawing keeps as many as fit). */
export function nodeDetails(node: PlanNode, lang: Lang = ENGLISH): string[] {
  const n = (x: number, decimals?: number): string => formatNumber(x, decimals, lang.numberLocale);
  const os = (value: Parameters<typeof formatOs>[0]): string =>
    value ? formatOs(value) : lang.t('export.card.noHostOs');
  const service = (name: string): string[] =>
    name ? [lang.t('export.card.service', { service: name })] : [];
  switch (node.kind) {
    case 'site':
      return [
        lang.t(node.role === 'secondary' ? 'export.card.secondarySite' : 'export.card.primarySite'),
      ];
    case 'server':
      return [
        lang.t('export.card.server', { cores: n(node.cpuCores, 0), ram: n(node.ramGiB, 0), os: os(node.os) }),
        ...(node.workload ? [lang.t('export.card.runs', { workload: node.workload })] : []),
      ];
    case 'hypervisor':
      return [
        lang.t('export.card.hypervisor', { product: node.product, type: node.hypervisorType }),
        node.cluster
          ? lang.t('export.card.cluster', { cluster: node.cluster })
          : lang.t('export.card.noCluster'),
      ];
    case 'vm':
      return [
        lang.t('unit.vcpuGib', { cpu: n(node.vcpu), ram: n(node.ramGiB) }),
        os(node.os),
        ...service(node.service ?? ''),
      ];
    case 'runtime':
      return [
        `${node.engine} · ${lang.t(node.isolation === 'vm' ? 'export.card.vmIsolation' : 'export.card.sharedKernel')}`,
      ];
    case 'container':
      return [
        lang.t('export.card.container', {
          cpu: n(node.cpu),
          ram: n(node.ramGiB),
          os: node.osFamily === 'windows' ? 'Windows' : 'Linux',
        }),
        node.image || lang.t('export.card.noImage'),
        ...service(node.service ?? ''),
      ];
  }
}

export interface Meter {
  readonly label: 'CPU' | 'RAM';
  /** Share of the limit in use, 0–1 shown (more is over the limit). */
  readonly fill: number;
  readonly level: 'ok' | 'high' | 'over';
  readonly text: string;
}

/** A server's CPU and RAM meters, as its card shows them: demand against the overcommit limits. */
export function hostMeters(
  usage: HostUsage,
  limits: { readonly cpu: number; readonly ram: number },
  lang: Lang = ENGLISH,
): Meter[] {
  const n = (x: number, decimals: number): string => formatNumber(x, decimals, lang.numberLocale);
  const meter = (label: Meter['label'], value: number, limit: number, text: string): Meter => {
    const fill = limit > 0 ? value / limit : 0;
    return { label, fill, level: fill > 1 ? 'over' : fill > 0.8 ? 'high' : 'ok', text };
  };
  return [
    meter(
      'CPU',
      usage.cpuRatio,
      limits.cpu,
      lang.t('unit.coresUsed', { used: n(usage.cpuDemand, 1), total: n(usage.cpuCores, 0) }),
    ),
    meter(
      'RAM',
      usage.ramUtilization,
      limits.ram,
      lang.t('unit.gibUsed', { used: n(usage.ramDemand, 1), total: n(usage.ramGiB, 0) }),
    ),
  ];
}
