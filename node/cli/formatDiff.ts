/**
 * The readable `strata diff`: which scenarios, the headline figures side by side with their
 * change (green when better, red when worse), then the nodes moved, added, removed and changed.
 * `--json` has every figure and every node; here lists stop after LISTED lines.
 */
import type { DiffReports, PlanDiff } from '../../shared/diff/diffPlans';
import { compareFigures } from '../../shared/diff/comparison';
import { formatNumber, plural } from '../../shared/format/numbers';
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

const side = (p: PickedScenario): string => `${p.file} ${scenarioTitle(p)}`;

function figuresTable({ from, to, reports }: DiffView, style: Style): string[] {
  const rows: Cell[][] = [
    [
      cell(''),
      { text: columnHead(from.scenario.name), paint: style.heading },
      { text: columnHead(to.scenario.name), paint: style.heading },
      { text: 'Change', paint: style.heading },
    ],
  ];
  // The rows of the Compare view and of the report's comparison page (shared/diff/comparison.ts).
  for (const fig of compareFigures(reports.from, reports.to)) {
    rows.push([
      cell(fig.label),
      cell(fig.fromText),
      cell(fig.toText),
      verdictCell(fig.deltaText, fig.verdict, style),
    ]);
  }
  return table(rows).map((line) => `  ${line}`);
}

/** `3 nodes`, or a dim `none`. */
function countCell(count: number, style: Style): Cell {
  return count === 0 ? cell('none', style.dim) : cell(plural(count, 'node'));
}

/** At most LISTED rows, then how many more. */
function capped(lines: readonly Cell[], total: number): Cell[] {
  const shown = lines.slice(0, LISTED);
  if (total > LISTED)
    shown.push(cell(`… and ${formatNumber(total - LISTED)} more (--json lists them all)`));
  return shown;
}

function parentName(id: string | null, labels: NodeLabels): string {
  return id === null ? '(top level)' : nodeName(id, labels);
}

function nodeSections({ diff, from, to }: DiffView, style: Style): Section[] {
  const before = nodeLabels(from.scenario.plan);
  const after = nodeLabels(to.scenario.plan);
  const list = (title: string, ids: readonly string[], labels: NodeLabels): Section => ({
    title,
    summary: countCell(ids.length, style),
    rows:
      ids.length === 0
        ? []
        : [
            {
              label: '',
              lines: capped(
                ids.map((id) => cell(describeNode(id, labels))),
                ids.length,
              ),
            },
          ],
  });
  const moved: Row[] = diff.moved.slice(0, LISTED).map((m) => ({
    label: describeNode(m.id, after),
    lines: [cell(`${parentName(m.fromParent, before)} → ${parentName(m.toParent, after)}`)],
  }));
  const changed: Row[] = diff.changed.slice(0, LISTED).map((c) => ({
    label: describeNode(c.id, after),
    lines: [cell(c.fields.join(', '))],
  }));
  const more = (total: number): Row[] =>
    total > LISTED
      ? [
          {
            label: '…',
            lines: [cell(`and ${formatNumber(total - LISTED)} more (--json lists them all)`)],
          },
        ]
      : [];
  return [
    {
      title: 'Moved',
      summary: countCell(diff.moved.length, style),
      rows: [...moved, ...more(diff.moved.length)],
    },
    list('Added', diff.added, after),
    list('Removed', diff.removed, before),
    {
      title: 'Changed',
      summary: countCell(diff.changed.length, style),
      rows: [...changed, ...more(diff.changed.length)],
    },
  ];
}

export function formatDiff(view: DiffView, style: Style): string {
  const head = renderSections(
    [
      {
        title: 'Diff',
        rows: [
          { label: 'From', lines: [cell(side(view.from))] },
          { label: 'To', lines: [cell(side(view.to))] },
        ],
      },
    ],
    style,
  );
  const figures = [style.heading('Figures'), ...figuresTable(view, style)].join('\n');
  return `${head}\n${figures}\n\n${renderSections(nodeSections(view, style), style)}`;
}
