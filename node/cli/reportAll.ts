/**
 * `strata report FILE --scenario all`: the headline figures of every scenario side by side, one
 * column each, coloured against the first (the as-is); with `--json`, every scenario's report.
 */
import { HEADLINE_FIGURES, headlineLabel, verdict, type Verdict } from '../../shared/diff/headline';
import { formatNumber } from '../../shared/format/numbers';
import { ENGLISH, type Lang } from '../../shared/i18n/lang';
import { langFor } from './language';
import { formatFigure } from '../../shared/format/figures';
import { reportJson, toJsonText } from '../../shared/metrics/jsonOutput';
import { buildReport } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import type { ScenarioSet } from '../../shared/model/scenarios';
import { EXIT } from './exitCodes';
import { cell, displayWidth, renderSections, type Cell } from './layout';
import type { CliIo } from './main';
import { styleFor, type Style } from './style';
import { visible } from './visible';

/** Names longer than this are cut in a column head (`--json` has them whole). */
const MAX_HEAD = 24;

export function reportAllScenarios(document: ScenarioSet, json: boolean, io: CliIo): number {
  const reports = document.scenarios.map((s) => buildReport(s.plan));
  if (json) {
    io.stdout(
      toJsonText({
        name: document.name,
        scenarios: document.scenarios.map((s, i) => ({
          id: s.id,
          name: s.name,
          report: reportJson(reports[i] as Report),
        })),
      }),
    );
  } else {
    io.stdout(formatScenarioColumns(document, reports, styleFor(io.color), langFor(io)));
  }
  return EXIT.ok;
}

/** A scenario's name as a column head, cut after MAX_HEAD characters. */
export function columnHead(name: string): string {
  const shown = visible(name);
  return shown.length > MAX_HEAD ? `${shown.slice(0, MAX_HEAD - 1)}…` : shown;
}

export function formatScenarioColumns(
  document: ScenarioSet,
  reports: readonly Report[],
  style: Style,
  lang: Lang = ENGLISH,
): string {
  const { t } = lang;
  const top = renderSections(
    [
      {
        title: t('cli.report.plan'),
        summary: cell(document.name),
        rows: [
          {
            label: t('cli.scenarios'),
            lines: [cell(formatNumber(document.scenarios.length, 2, lang.numberLocale))],
          },
        ],
      },
    ],
    style,
  );
  const rows: Cell[][] = [
    [
      cell(''),
      ...document.scenarios.map((s) => ({ text: columnHead(s.name), paint: style.heading })),
    ],
  ];
  for (const fig of HEADLINE_FIGURES) {
    const values = reports.map((r) => fig.value(r));
    const first = values[0] ?? null;
    rows.push([
      cell(headlineLabel(fig, lang)),
      ...values.map((value, i) => {
        const text = formatFigure(fig.format, value, lang);
        return i === 0 ? cell(text) : verdictCell(text, verdict(fig, first, value), style);
      }),
    ]);
  }
  const figures = table(rows).map((line) => `  ${line}`);
  return `${top}\n${style.heading(t('cli.figures'))}\n${figures.join('\n')}\n`;
}

/** Green when the figure got better, red when worse. */
export function verdictCell(text: string, v: Verdict, style: Style): Cell {
  if (v === 'better') return { text, paint: style.good };
  return v === 'worse' ? { text, paint: style.bad } : { text };
}

/** Labels left-aligned, figures right-aligned under their scenario's name; colour after padding. */
export function table(rows: readonly (readonly Cell[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c.text))));
  return rows.map((row) =>
    row
      .map((c, i) => {
        // Chinese labels take two columns a character: pad by what the terminal shows.
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c.text)));
        const padded = i === 0 ? c.text + pad : pad + c.text;
        return c.paint ? c.paint(padded) : padded;
      })
      .join('   ')
      .trimEnd(),
  );
}
