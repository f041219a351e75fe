/**
 * The readable `strata diff`: which scenarios, the headline figures side by side with their
 * change (green when better, red when worse), then the nodes moved, added, removed and changed.
 * `--json` has every figure and every node; here lists stop after LISTED lines.
 */
import type { DiffReports, PlanDiff } from '../../shared/diff/diffPlans';
import { compareFigures } from '../../shared/diff/comparison';
import { counted } from '../../shared/format/counted';
import { formatNumber } from '../../shared/format/numbers';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { describeNode, nodeLabels, nodeName, type NodeLabels } from './labels';
import { cell, renderSections, type Cell, type Row, type Section } from './layout';
import { columnHead, table, verdictCell } from './reportAll';
import { scenarioTitle, type PickedScenario } from './scenarioInput';
import type { Style } from './style';

/** Lines per list; `--json` lists everything. */
export const LISTED = 20;

export interface DiffView {
  readonly from: PickedScenario;
  readonly to: PickedScenario;
  readonly diff: PlanDiff;
  readonly reports: DiffReports;
}

function figuresTable({ from, to, reports }: DiffView, style: Style, lang: Lang): string[] {
  const rows: Cell[][] = [
    [
      cell(''),
      { text: columnHead(from.scenario.name), paint: style.heading },
      { text: columnHead(to.scenario.name), paint: style.heading },
      { text: lang.t('cli.diff.change'), paint: style.heading },
    ],
  ];
  // The rows of the Compare view and of the report's comparison page (shared/diff/comparison.ts).
  for (const fig of compareFigures(reports.from, reports.to, lang)) {
    rows.push([
      cell(fig.label),
      cell(fig.fromText),
      cell(fig.toText),
      verdictCell(fig.deltaText, fig.verdict, style),
    ]);
  }
  return table(rows).map((line) => `  ${line}`);
}

export function formatDiff(view: DiffView, style: Style, lang: Lang = ENGLISH): string {
  const { t } = lang;
  const side = (p: PickedScenario): string => `${p.file} ${scenarioTitle(p, lang)}`;
  const head = renderSections(
    [
      {
        title: t('cli.diff.title'),
        rows: [
          { label: t('cli.diff.from'), lines: [cell(side(view.from))] },
          { label: t('cli.diff.to'), lines: [cell(side(view.to))] },
        ],
      },
    ],
    style,
  );
  const figures = [style.heading(t('cli.figures')), ...figuresTable(view, style, lang)].join('\n');
  return `${head}\n${figures}\n\n${renderSections(nodeSections(view, style, lang), style)}`;
}

function nodeSections({ diff, from, to }: DiffView, style: Style, lang: Lang): Section[] {
  const { t } = lang;
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  const before = nodeLabels(from.scenario.plan);
  const after = nodeLabels(to.scenario.plan);
  /** `3 nodes`, or a dim `none`. */
  const countCell = (count: number): Cell =>
    count === 0 ? cell(t('format.none'), style.dim) : cell(counted(lang, 'node', count));
  const parentName = (id: string | null, labels: NodeLabels): string =>
    id === null ? t('cli.diff.topLevel') : nodeName(id, labels);
  const list = (title: string, ids: readonly string[], labels: NodeLabels): Section => {
    const shown = ids.slice(0, LISTED).map((id) => cell(describeNode(id, labels, lang)));
    if (ids.length > LISTED) shown.push(cell(t('cli.diff.more', { n: n(ids.length - LISTED) })));
    return {
      title,
      summary: countCell(ids.length),
      rows: ids.length === 0 ? [] : [{ label: '', lines: shown }],
    };
  };
  const moved: Row[] = diff.moved.slice(0, LISTED).map((m) => ({
    label: describeNode(m.id, after, lang),
    lines: [cell(`${parentName(m.fromParent, before)} → ${parentName(m.toParent, after)}`)],
  }));
  const changed: Row[] = diff.changed.slice(0, LISTED).map((c) => ({
    label: describeNode(c.id, after, lang),
    lines: [cell(c.fields.join(t('cli.list.separator')))],
  }));
  const more = (total: number): Row[] =>
    total > LISTED
      ? [{ label: '…', lines: [cell(t('cli.diff.andMore', { n: n(total - LISTED) }))] }]
      : [];
  return [
    {
      title: t('cli.diff.moved'),
      summary: countCell(diff.moved.length),
      rows: [...moved, ...more(diff.moved.length)],
    },
    list(t('cli.diff.added'), diff.added, after),
    list(t('cli.diff.removed'), diff.removed, before),
    {
      title: t('cli.diff.changed'),
      summary: countCell(diff.changed.length),
      rows: [...changed, ...more(diff.changed.length)],
    },
  ];
}
