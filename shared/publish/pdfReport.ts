/**
 * The planning report as a PDF (pdf-lib, in Node and in the browser): the plan's name and date,
 * the diagram (vectors, names as text, drawn by shared/draw), every figure with a one-line
 * meaning, HA per cluster, DR, the five worst single failures and the issues, then a page per
 * comparison of scenarios; A4 or Letter.
 */
import { PDFDocument } from 'pdf-lib';
import { figureTexts, clusterText, type FigureText } from '../format/figureTexts';
import { counted } from '../format/counted';
import { formatNumber } from '../format/numbers';
import { ENGLISH, type Lang } from '../i18n/lang';
import { drawScene, planScene } from '../draw/scene';
import { builtInPalette } from '../draw/palette';
import type { PlanLayout } from '../layout/planLayout';
import { simulateFailure } from '../metrics/failure';
import { rankFailures } from '../metrics/failureRanking';
import type { Report } from '../metrics/types';
import type { Plan } from '../model/plan';
import type { Comparison } from '../diff/comparison';
import { comparisonPage } from './comparisonPage';
import { PdfContext } from './pdfContext';
import { reportFonts, type PdfFontSupply } from './pdfFonts';
import { MARGIN, PdfPages, type Column, type Paper } from './pdfPages';

export interface PdfReportOptions {
  readonly paper: Paper;
  /** Printed under the title, as given (the caller formats it in the reader's terms). */
  readonly date: string;
  /** The document's creation date (the PDF's metadata). */
  readonly now?: Date;
  /** A font for text the standard fonts cannot draw (Chinese), asked for only then; see pdfFonts.ts. */
  readonly font?: PdfFontSupply | null;
  /** Scenarios compared, each on a page of its own at the end (./comparisonPage.ts). */
  readonly comparisons?: readonly Comparison[];
  /** The language of every printed word (English by default); the figures stay the same. */
  readonly lang?: Lang;
}

/** Past this many issues the report lists the first ones and says how many more there are. */
export const LISTED_ISSUES = 500;
const WORST = 5;

function figureRows(figures: readonly FigureText[]): string[][] {
  return figures.map((f) => [f.label, f.text, f.meaning]);
}

const figureColumns = (lang: Lang): readonly Column[] => [
  { header: lang.t('export.pdf.figure'), share: 0.24 },
  { header: lang.t('export.pdf.value'), share: 0.26 },
  { header: lang.t('export.pdf.meaning'), share: 0.5 },
];

function diagram(pages: PdfPages, plan: Plan, layout: PlanLayout, report: Report, lang: Lang): void {
  const scene = planScene(plan, layout, report, {
    palette: builtInPalette('light'),
    legend: true,
    lang,
  });
  if (scene.rects.length === 0) {
    pages.text(lang.t('export.pdf.empty'), { muted: true });
    return;
  }
  // The rest of the first page, but never less than half a page: else the diagram gets its own.
  if (pages.room < pages.height / 2) pages.newPage();
  const boxWidth = pages.textWidth;
  const boxHeight = pages.room - 12;
  const k = Math.min(boxWidth / scene.width, boxHeight / scene.height);
  const top = pages.y;
  const ctx = new PdfContext(pages.page, pages.fonts, {
    left: MARGIN + (boxWidth - scene.width * k) / 2,
    top,
    k,
  });
  drawScene(ctx, {
    ...scene,
    frame: { ...scene.frame, scale: 1, width: scene.width, height: scene.height },
  });
  pages.y = top - scene.height * k - 12;
}

function worstFailures(
  pages: PdfPages,
  plan: Plan,
  report: Report,
  name: (id: string) => string,
  lang: Lang,
): void {
  pages.heading(lang.t('export.pdf.worstTitle'));
  const worst = rankFailures(report.blastRadius.nodes, WORST);
  if (worst.length === 0) {
    pages.text(lang.t('ui.figures.noBlast'));
    return;
  }
  pages.table(
    [
      { header: lang.t('export.pdf.failureOf'), share: 0.24 },
      { header: lang.t('export.pdf.lost'), share: 0.12 },
      { header: lang.t('export.pdf.restarted'), share: 0.14 },
      { header: lang.t('export.pdf.servicesDown'), share: 0.5 },
    ],
    worst.map((entry) => {
      const outcome = simulateFailure(plan, entry.id);
      const down = outcome?.servicesDown ?? [];
      return [
        name(entry.id),
        counted(lang, 'workload', entry.lost),
        formatNumber(entry.recovered, 2, lang.numberLocale),
        down.length === 0 ? lang.t('format.none') : down.join(lang.t('export.pdf.listSeparator')),
      ];
    }),
  );
}

function issues(pages: PdfPages, report: Report, name: (id: string) => string, lang: Lang): void {
  pages.heading(lang.t('export.pdf.issuesTitle'));
  const all = report.issues;
  if (all.length === 0) {
    pages.text(lang.t('export.pdf.noIssues'));
    return;
  }
  const errorsFirst = [
    ...all.filter((i) => i.severity === 'error'),
    ...all.filter((i) => i.severity !== 'error'),
  ];
  pages.table(
    [
      { header: lang.t('export.pdf.severity'), share: 0.12 },
      { header: lang.t('export.pdf.node'), share: 0.2 },
      { header: lang.t('export.pdf.issueText'), share: 0.68 },
    ],
    errorsFirst
      .slice(0, LISTED_ISSUES)
      .map((i) => [
        lang.t(`severity.${i.severity}`),
        name(i.nodeId),
        lang.t(i.messageKey, i.params),
      ]),
  );
  if (all.length > LISTED_ISSUES)
    pages.text(
      lang.t('export.pdf.moreIssues', {
        n: formatNumber(all.length - LISTED_ISSUES, 2, lang.numberLocale),
      }),
      { muted: true },
    );
}

/** The report's PDF bytes. */
export async function renderPdfReport(
  plan: Plan,
  layout: PlanLayout,
  report: Report,
  options: PdfReportOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const lang = options.lang ?? ENGLISH;
  const now = options.now ?? new Date();
  doc.setTitle(plan.name);
  doc.setSubject(lang.t('export.pdf.subject'));
  doc.setCreator('Strata');
  doc.setProducer('Strata (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  // The plan's text and the report's own words in this language decide whether the CJK font is needed.
  const fonts = await reportFonts(
    doc,
    `${JSON.stringify(plan)}\n${lang.t('export.pdf.subtitle')}`,
    options.font,
  );
  const pages = new PdfPages(doc, fonts, options.paper);
  const names = new Map(plan.nodes.map((n) => [n.id, n.name]));
  const name = (id: string): string => names.get(id) || id;

  pages.text(plan.name, { size: 20, bold: true });
  pages.space(4);
  const comparisons = options.comparisons ?? [];
  const compared =
    comparisons.length === 0
      ? ''
      : lang.t('export.pdf.comparedAtEnd', {
          pairs: comparisons.map((c) => `${c.fromName} → ${c.toName}`).join('; '),
        });
  const subtitle = lang.t('export.pdf.subtitle', {
    date: options.date,
    nodes: counted(lang, 'node', plan.nodes.length),
    links: counted(lang, 'link', plan.links.length),
  });
  pages.text(`${subtitle}${compared}`, { muted: true });
  pages.space(10);
  diagram(pages, plan, layout, report, lang);

  const figures = figureTexts(report, name, lang);
  const columns = figureColumns(lang);
  pages.heading(lang.t('export.pdf.figures'));
  pages.table(columns, figureRows(figures.filter((f) => f.section !== 'dr')));

  pages.heading(lang.t('export.pdf.haTitle'));
  const n = (x: number): string => formatNumber(x, 2, lang.numberLocale);
  if (report.ha.clusters.length === 0) pages.text(lang.t('export.pdf.noClusters'));
  else
    pages.table(
      [
        { header: lang.t('ui.figures.cluster'), share: 0.34 },
        { header: lang.t('ui.figures.hosts'), share: 0.14 },
        { header: lang.t('ui.figures.vms'), share: 0.14 },
        { header: lang.t('ui.figures.tolerates'), share: 0.38 },
      ],
      report.ha.clusters.map((c) => [c.name, n(c.hosts), n(c.vms), clusterText(c, lang)]),
    );

  pages.heading(lang.t('export.pdf.drTitle'));
  const dr = figures.filter((f) => f.section === 'dr');
  if (dr.length === 0) pages.text(lang.t('ui.figures.noDr'));
  else pages.table(columns, figureRows(dr));

  worstFailures(pages, plan, report, name, lang);
  issues(pages, report, name, lang);
  for (const comparison of comparisons) comparisonPage(pages, comparison, lang);
  pages.footers(
    lang.t('export.pdf.footer', { plan: plan.name, date: options.date }),
    (page, count) => lang.t('export.pdf.page', { page: n(page), pages: n(count) }),
  );
  return doc.save({ useObjectStreams: true });
}
