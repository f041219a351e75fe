/**
 * Two scenarios compared as people read them: every headline figure of each side with its change
 * and whether that is better or worse — in words, not only in colour —, then the change list, one
 * line per node. The Compare view and the report's comparison page are both drawn from this one
 * model, so they say the same thing in the same words as `strata diff`. Words are the catalog's
 * in `lang` (English unless a caller passes another); numbers are written for its locale.
 */
import { formatDelta, formatFigure } from '../format/figures';
import { ENGLISH, type Lang } from '../i18n/lang';
import type { CatalogKey } from '../i18n/keys';
import { buildReport } from '../metrics/report';
import type { Report } from '../metrics/types';
import type { Plan } from '../model/plan';
import { changeList, type ChangeList, type NodeRef } from './changeList';
import { diffPlans, type PlanDiff } from './diffPlans';
import { HEADLINE_FIGURES, headlineLabel, headlineValues, verdict, type Verdict } from './headline';

export interface ComparedSide {
  /** The scenario's name (with its file's name when it is another file's). */
  readonly name: string;
  readonly plan: Plan;
  /** When the caller has it already (the editor keeps one per plan). */
  readonly report?: Report;
}

export interface ComparedFigure {
  readonly key: string;
  readonly label: string;
  readonly from: number | null;
  readonly to: number | null;
  /** to − from; 0 when equal; null when either side has no such figure. */
  readonly delta: number | null;
  readonly verdict: Verdict;
  readonly fromText: string;
  readonly toText: string;
  /** `+2`, `-12.5 pts`; empty when nothing changed, `—` when unknown. */
  readonly deltaText: string;
  /** `better`, `worse`, or empty (the same, or neither direction is better). */
  readonly verdictText: string;
}

export type ChangeKind = 'moved' | 'resized' | 'added' | 'removed' | 'retired';

export interface ChangeLine {
  readonly kind: ChangeKind;
  /** `Moved`, `Resized`, `Added`, `Removed`, `Host retired`. */
  readonly what: string;
  readonly id: string;
  readonly name: string;
  /** `esx-01 → esx-02`; the fields resized; the kind added or removed. */
  readonly detail: string;
}

export interface Comparison {
  readonly fromName: string;
  readonly toName: string;
  readonly figures: readonly ComparedFigure[];
  readonly changes: ChangeList;
  readonly lines: readonly ChangeLine[];
  readonly diff: PlanDiff;
}

/** `Moved`, `Host retired`, … in `lang`. */
export const changeWord = (kind: ChangeKind, lang: Lang = ENGLISH): string =>
  lang.t(`ui.compare.what.${kind}`);

const VERDICT_KEYS: Readonly<Record<Verdict, CatalogKey | null>> = {
  better: 'ui.compare.better',
  worse: 'ui.compare.worse',
  same: null,
  neutral: null,
};

export function compareFigures(from: Report, to: Report, lang: Lang = ENGLISH): ComparedFigure[] {
  return compareValues(headlineValues(from), headlineValues(to), lang);
}

/** The same from the values of HEADLINE_FIGURES in its order (`headlineValues`). */
export function compareValues(
  from: readonly (number | null)[],
  to: readonly (number | null)[],
  lang: Lang = ENGLISH,
): ComparedFigure[] {
  return HEADLINE_FIGURES.map((fig, i) => {
    const a = from[i] ?? null;
    const b = to[i] ?? null;
    const delta = a === null || b === null ? null : a === b ? 0 : b - a;
    const v = verdict(fig, a, b);
    const verdictKey = VERDICT_KEYS[v];
    return {
      key: fig.key,
      label: headlineLabel(fig, lang),
      from: a,
      to: b,
      delta,
      verdict: v,
      fromText: formatFigure(fig.format, a, lang),
      toText: formatFigure(fig.format, b, lang),
      deltaText: formatDelta(fig.format, delta, lang),
      verdictText: verdictKey ? lang.t(verdictKey) : '',
    };
  });
}

const nameOf = (n: NodeRef): string => n.name || n.id;

/** One line per node: moved (from host → to host), resized, added, removed, hosts retired. */
export function changeLines(changes: ChangeList, lang: Lang = ENGLISH): ChangeLine[] {
  const line = (kind: ChangeKind, n: NodeRef, detail: string): ChangeLine => ({
    kind,
    what: changeWord(kind, lang),
    id: n.id,
    name: nameOf(n),
    detail,
  });
  const host = (n: NodeRef | null): string => (n ? nameOf(n) : lang.t('ui.compare.noHost'));
  const kindName = (n: NodeRef): string => lang.t(`kind.${n.kind}`);
  return [
    ...changes.workloadsMoved.map((m) =>
      line('moved', m, `${host(m.fromHost)} → ${host(m.toHost)}`),
    ),
    ...changes.resized.map((r) => line('resized', r, r.fields.join(', '))),
    ...changes.added.map((n) => line('added', n, kindName(n))),
    ...changes.removed.map((n) => line('removed', n, kindName(n))),
    ...changes.hostsRetired.map((n) => line('retired', n, kindName(n))),
  ];
}

/** `from` → `to`, figure by figure and node by node. */
export function compareScenarios(
  from: ComparedSide,
  to: ComparedSide,
  lang: Lang = ENGLISH,
): Comparison {
  const reports = {
    from: from.report ?? buildReport(from.plan),
    to: to.report ?? buildReport(to.plan),
  };
  const diff = diffPlans(from.plan, to.plan, reports);
  const changes = changeList(from.plan, to.plan, diff);
  return {
    fromName: from.name,
    toName: to.name,
    figures: compareFigures(reports.from, reports.to, lang),
    changes,
    lines: changeLines(changes, lang),
    diff,
  };
}

/** True when no node changed between the two sides (figures may still differ: settings). */
export function noNodeChanged(comparison: Comparison): boolean {
  return comparison.changes.changedIds.length === 0 && comparison.changes.removed.length === 0;
}
