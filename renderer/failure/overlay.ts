/**
 * How the failure view and the heat view paint the canvas, pure: node id → status. Every figure
 * comes from the engine (simulateFailure and the report's blast radius); here it is only mapped
 * to colours and short notes, in the editor's language.
 */
import type { FailureOutcome } from '../../shared/metrics/failure';
import type { Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';
import type { PlanIndex } from '../../shared/model/planIndex';
import { planTree } from '../../shared/edit/planTree';
import type { NodeOverlay } from '../store/uiStore';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { formatNumber } from '../../shared/format/numbers';

export function failureOverlay(
  plan: Plan,
  ix: PlanIndex,
  outcome: FailureOutcome,
  lang: Lang = ENGLISH,
): Map<string, NodeOverlay> {
  const { t } = lang;
  const tree = planTree(plan);
  const out = new Map<string, NodeOverlay>();
  const restartedTo = new Map(outcome.restarts.map((r) => [r.vmId, r.hypervisorId]));
  const recoveredUnder = (id: string): boolean => {
    let current: string | null = id;
    while (current !== null) {
      if (restartedTo.has(current)) return true;
      current = tree.byId.get(current)?.parentId ?? null;
    }
    return false;
  };
  for (const ref of outcome.down) out.set(ref.id, { status: recoveredUnder(ref.id) ? 'recovered' : 'down' });
  for (const ref of outcome.lostWorkloads) out.set(ref.id, { status: 'lost', note: t('ui.failure.note.lost') });
  for (const ref of outcome.recoveredWorkloads) out.set(ref.id, { status: 'recovered', note: t('ui.failure.note.withVm') });
  for (const [vmId, hypervisorId] of restartedTo) {
    const hypervisor = tree.byId.get(hypervisorId);
    const server = hypervisor?.parentId ? tree.byId.get(hypervisor.parentId) : undefined;
    const name = hypervisor?.name ?? hypervisorId;
    const where = server ? t('ui.failure.note.hostOn', { hypervisor: name, server: server.name }) : name;
    out.set(vmId, { status: 'recovered', note: t('ui.failure.note.restartedOn', { where }) });
  }
  // Workloads still running whose service goes down because it depends on a service that failed.
  const down = new Set(outcome.servicesDown);
  if (down.size > 0) {
    ix.nodes.forEach((node, i) => {
      if (ix.isWorkload[i] !== 1 || out.has(node.id) || !('service' in node)) return;
      // SPEC §3: a workload's service is its `service`, or its own id for a service of one.
      const service = node.service !== null && node.service !== '' ? node.service : node.id;
      if (down.has(service)) out.set(node.id, { status: 'impacted', note: t('ui.failure.note.serviceDown', { service }) });
    });
  }
  out.set(outcome.nodeId, { status: 'failed', note: t('ui.failure.note.fails') });
  return out;
}

export const HEAT_LEVELS = 5;

/** Heat view: every infrastructure node coloured by how many workloads its failure loses. */
export function heatOverlay(ix: PlanIndex, report: Report, lang: Lang = ENGLISH): Map<string, NodeOverlay> {
  const n = (x: number): string => formatNumber(x, 0, lang.numberLocale);
  const out = new Map<string, NodeOverlay>();
  const max = report.blastRadius.max?.lost ?? 0;
  for (const entry of report.blastRadius.nodes) {
    const i = ix.indexOf.get(entry.id);
    const node = i === undefined ? undefined : ix.nodes[i];
    if (!node || (i !== undefined && ix.isWorkload[i] === 1 && node.kind !== 'server')) continue;
    const heat = entry.lost === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((HEAT_LEVELS * entry.lost) / max));
    const lost =
      entry.lost === 0 ? lang.t('ui.failure.nothingLost') : lang.t('ui.heat.lost', { n: n(entry.lost) });
    const note =
      entry.recovered > 0 ? lang.t('ui.heat.restarted', { lost, n: n(entry.recovered) }) : lost;
    out.set(entry.id, { status: 'heat', heat, note });
  }
  return out;
}
