/** The text an exported node shows: its name and its key figures, as the cards on the canvas word them. */
import { formatNumber } from '../format/numbers';
import { formatOs } from '../format/os';
import type { HostUsage } from '../metrics/types';
import type { PlanNode } from '../model/nodes';

/** Detail lines under the name, most important first (the drawing keeps as many as fit). */
export function nodeDetails(node: PlanNode): string[] {
  switch (node.kind) {
    case 'site':
      return [node.role === 'secondary' ? 'Secondary site' : 'Primary site'];
    case 'server':
      return [
        `${formatNumber(node.cpuCores, 0)} cores · ${formatNumber(node.ramGiB, 0)} GiB · ${formatOs(node.os)}`,
        ...(node.workload ? [`Runs ${node.workload}`] : []),
      ];
    case 'hypervisor':
      return [
        `${node.product} · type ${node.hypervisorType}`,
        node.cluster ? `cluster ${node.cluster}` : 'no cluster',
      ];
    case 'vm':
      return [
        `${formatNumber(node.vcpu)} vCPU · ${formatNumber(node.ramGiB)} GiB`,
        formatOs(node.os),
        ...(node.service ? [`service ${node.service}`] : []),
      ];
    case 'runtime':
      return [`${node.engine} · ${node.isolation === 'vm' ? 'VM isolation' : 'Shared kernel'}`];
    case 'container':
      return [
        `${formatNumber(node.cpu)} CPU · ${formatNumber(node.ramGiB)} GiB · ${node.osFamily === 'windows' ? 'Windows' : 'Linux'}`,
        node.image || 'No image',
        ...(node.service ? [`service ${node.service}`] : []),
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
): Meter[] {
  const meter = (label: Meter['label'], value: number, limit: number, text: string): Meter => {
    const fill = limit > 0 ? value / limit : 0;
    return { label, fill, level: fill > 1 ? 'over' : fill > 0.8 ? 'high' : 'ok', text };
  };
  return [
    meter(
      'CPU',
      usage.cpuRatio,
      limits.cpu,
      `${formatNumber(usage.cpuDemand, 1)} / ${formatNumber(usage.cpuCores, 0)} cores`,
    ),
    meter(
      'RAM',
      usage.ramUtilization,
      limits.ram,
      `${formatNumber(usage.ramDemand, 1)} / ${formatNumber(usage.ramGiB, 0)} GiB`,
    ),
  ];
}
