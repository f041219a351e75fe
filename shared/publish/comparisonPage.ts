/**
 * The report's comparison pages: for each pair of scenarios, the headline figures side by side
 * with the change and the word `better` or `worse` (coloured too, never colour alone), then the
 * change list, one row per node. Drawn from the model the Compare view shows
 * (shared/diff/comparison.ts), on its own page.
 */
import type { Comparison, ComparedFigure } from '../diff/comparison';
import { formatNumber } from '../format/numbers';
import type { Scenario, ScenarioSet } from '../model/scenarios';
import type { Cell, PdfPages } from './pdfPages';

/** Past this many changed nodes a comparison lists the first ones and says how many more. */
export const LISTED_CHANGES = 500;

/**
 * The pairs a report compares: `from` (default: the first scenario) to `to` (default: every
 * other scenario, in order) — the as-is against each of its to-be options. None for one scenario.
 */
export function comparisonPairs(
  set: ScenarioSet,
  pick: { readonly from?: Scenario; readonly to?: Scenario } = {},
): (readonly [Scenario, Scenario])[] {
  const from = pick.from ?? set.scenarios[0];
  if (!from) return [];
  const targets = pick.to ? [pick.to] : set.scenarios.filter((s) => s.id !== from.id);
  return targets.map((to) => [from, to] as const);
}

/** `-5, better` in green; `+2, worse` in red; `no change`; `+2` when neither way is better. */
export function changeCell(fig: ComparedFigure): Cell {
  if (fig.verdict === 'same') return fig.delta === null ? '—' : 'no change';
  const text = fig.verdictText === '' ? fig.deltaText : `${fig.deltaText}, ${fig.verdictText}`;
  if (fig.verdict === 'better') return { text, tone: 'good' };
  if (fig.verdict === 'worse') return { text, tone: 'bad' };
  return text;
}

/** The rows of the figures table: label, from, to, change. */
export function comparisonRows(comparison: Comparison): Cell[][] {
  return comparison.figures.map((f) => [f.label, f.fromText, f.toText, changeCell(f)]);
}

export function comparisonPage(pages: PdfPages, comparison: Comparison): void {
  pages.newPage();
  pages.text(`Comparison: ${comparison.fromName} → ${comparison.toName}`, {
    size: 16,
    bold: true,
  });
  pages.space(4);
  pages.text(
    `Each headline figure of "${comparison.fromName}" and "${comparison.toName}" side by side; the change says whether "${comparison.toName}" is better or worse.`,
    { muted: true },
  );
  pages.space(4);
  pages.table(
    [
      { header: 'Figure', share: 0.34 },
      { header: comparison.fromName, share: 0.2 },
      { header: comparison.toName, share: 0.2 },
      { header: 'Change', share: 0.26 },
    ],
    comparisonRows(comparison),
  );
  pages.heading('What changed');
  const lines = comparison.lines;
  if (lines.length === 0) {
    pages.text('No node changed.');
    return;
  }
  pages.table(
    [
      { header: 'Change', share: 0.18 },
      { header: 'Node', share: 0.34 },
      { header: 'From → to, fields, kind', share: 0.48 },
    ],
    lines.slice(0, LISTED_CHANGES).map((l) => [l.what, l.name, l.detail]),
  );
  if (lines.length > LISTED_CHANGES)
    pages.text(
      `… and ${formatNumber(lines.length - LISTED_CHANGES)} more: strata diff --json lists them all.`,
      { muted: true },
    );
}
