/** Narrow subscriptions for one node card: each returns primitives, so a card re-renders only
 * when what it shows changed. */
import { useShallow } from 'zustand/react/shallow';
import type { HostUsage, Report } from '../../shared/metrics/types';
import { useEditor, useFigures, useUi } from '../store/editorContext';

export interface CardDecor {
  readonly status: string | undefined;
  readonly heat: number | undefined;
  readonly note: string | undefined;
  readonly drop: 'accept' | 'refuse' | undefined;
}

export function useCardDecor(id: string): CardDecor {
  return useUi(
    useShallow((s) => {
      const overlay = s.overlay?.get(id);
      const drop = s.drop && s.drop.targetId === id ? (s.drop.ok ? 'accept' : 'refuse') : undefined;
      return {
        status: overlay?.status,
        heat: overlay?.heat,
        note: overlay?.note,
        drop,
      } as CardDecor;
    }),
  );
}

export function useCardIssues(id: string): { errors: number; warnings: number; text: string } {
  const { engine } = useEditor();
  return useFigures(
    useShallow((s) => {
      const issues = engine.issuesByNode(s.plan).get(id);
      return {
        errors: issues?.errors ?? 0,
        warnings: issues?.warnings ?? 0,
        text: issues?.text ?? '',
      };
    }),
  );
}

const hostMaps = new WeakMap<Report, Map<string, HostUsage>>();

function hostUsage(report: Report, id: string): HostUsage | undefined {
  let map = hostMaps.get(report);
  if (!map) {
    map = new Map(report.consolidation.hosts.map((h) => [h.id, h]));
    hostMaps.set(report, map);
  }
  return map.get(id);
}

export interface HostFigures {
  readonly cpuDemand: number;
  readonly cpuCores: number;
  readonly cpuRatio: number;
  readonly ramDemand: number;
  readonly ramGiB: number;
  readonly ramUtilization: number;
  readonly cpuLimit: number;
  readonly ramLimit: number;
}

export function useHostFigures(id: string): HostFigures | null {
  const figures = useFigures(
    useShallow((s) => {
      const h = hostUsage(s.report, id);
      const { cpuOvercommitLimit, ramOvercommitLimit } = s.plan.settings;
      return {
        found: h !== undefined,
        cpuDemand: h?.cpuDemand ?? 0,
        cpuCores: h?.cpuCores ?? 0,
        cpuRatio: h?.cpuRatio ?? 0,
        ramDemand: h?.ramDemand ?? 0,
        ramGiB: h?.ramGiB ?? 0,
        ramUtilization: h?.ramUtilization ?? 0,
        cpuLimit: cpuOvercommitLimit,
        ramLimit: ramOvercommitLimit,
      };
    }),
  );
  return figures.found ? figures : null;
}
