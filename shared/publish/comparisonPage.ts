/**
 * The report's comparison pages: for each pair of scenarios, the headline figures side by side
 * with the change and the word `better` or `worse` (coloured too, never colour alone), then the
 * change list, one row per node. Drawn from the model the Compare view shows
 * (shared/diff/comparison.ts), on its own page.
 */
import type { Comparison, ComparedFigure } from '../diff/comparison';
import { formatNumber } from '../format/numbers';
import { ENGLISH, type Lang } from '../i18n/lang';
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
export function changeCell(fig: ComparedFigure, lang: Lang = ENGLISH): Cell {
  if (fig.verdict === 'same') return fig.delta === null ? '—' : lang.t('export.pdf.noChange');
  const verdict =
    fig.verdict === 'better' || fig.verdict === 'worse' ? lang.t(`export.pdf.${fig.verdict}`) : '';
  const text = verdict === '' ? fig.deltaText : `${fig.deltaText}, ${verdict}`;
  if (fig.verdict === 'better') return { text, tone: 'good' };
  if (fig.verdict === 'worse') return { text, tone: 'bad' };
  return text;
}

/** The rows of the figures table: label, from, to, change. */
export function comparisonRows(comparison: Comparison, lang: Lang = ENGLISH): Cell[][] {
  return comparison.figures.map((f) => [f.label, f.fromText, f.toText, changeCell(f, lang)]);
}

export function comparisonPage(pages: PdfPages, comparison: Comparison, lang: Lang = ENGLISH): void {
  const names = { from: comparison.fromName, to: comparison.toName };
  pages.newPage();
  pages.text(lang.t('export.pdf.comparisonTitle', names), { size: 16, bold: true });
  pages.space(4);
  pages.text(lang.t('export.pdf.comparisonIntro', names), { muted: true });
  pages.space(4);
  pages.table(
    [
      { header: lang.t('export.pdf.figure'), share: 0.34 },
      { header: comparison.fromName, share: 0.2 },
      { header: comparison.toName, share: 0.2 },
      { header: lang.t('export.pdf.change'), share: 0.26 },
    ],
    comparisonRows(comparison, lang),
  );
  pages.heading(lang.t('export.pdf.whatChanged'));
  const lines = comparison.lines;
  if (lines.length === 0) {
    pages.text(lang.t('export.pdf.noNodeChanged'));
    return;
  }
  pages.table(
    [
      { header: lang.t('export.pdf.change'), share: 0.18 },
      { header: lang.t('export.pdf.node'), share: 0.34 },
      { header: lang.t('export.pdf.changeDetail'), share: 0.48 },
    ],
    lines
      .slice(0, LISTED_CHANGES)
      .map((l) => [lang.t(`export.pdf.changeKind.${l.kind}`), l.name, l.detail]),
  );
  if (lines.length > LISTED_CHANGES)
    pages.text(
      lang.t('export.pdf.moreChanges', {
        n: formatNumber(lines.length - LISTED_CHANGES, 2, lang.numberLocale),
      }),
      { muted: true },
    );
}
