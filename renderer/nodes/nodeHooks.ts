/** Narrow subscriptions for one node card: each returns primitives, so a card re-renders only
 * when what it shows changed. */
import { useShallow } from 'zustand/react/shallow';
import type { HostUsage, Report } from '../../shared/metrics/types';
import { useEditor, useFigures, useUi } from '../store/editorContext';
import { formatMessage } from '../../shared/i18n/message';
import type { Lang } from '../../shared/i18n/lang';
import type { Issue } from '../../shared/validate/issue';

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

const NO_ISSUES: readonly Issue[] = [];

export function useCardIssues(id: string): {
  errors: number;
  warnings: number;
  list: readonly Issue[];
} {
  const { engine } = useEditor();
  return useFigures(
    useShallow((s) => {
      const issues = engine.issuesByNode(s.plan).get(id);
      return {
        errors: issues?.errors ?? 0,
        warnings: issues?.warnings ?? 0,
        list: issues?.list ?? NO_ISSUES,
      };
    }),
  );
}

/** Every issue of a card, one a line, for its badge's tooltip. */
export function issuesText(list: readonly Issue[], lang: Lang): string {
  return list
    .map((i) =>
      lang.t(i.severity === 'error' ? 'ui.card.issueError' : 'ui.card.issueWarning', {
        message: formatMessage(lang, { key: i.messageKey, params: i.params }),
      }),
    )
    .join('\n');
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
