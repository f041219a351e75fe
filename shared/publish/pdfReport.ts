/**
 * The planning report as a PDF (pdf-lib, in Node and in the browser): the plan's name and date,
 * the diagram (vectors, names as text, drawn by shared/draw), every figure with a one-line
 * meaning, HA per cluster, DR, the five worst single failures and the issues, then a page per
 * comparison of scenarios; A4 or Letter.
 */
import { PDFDocument } from 'pdf-lib';
import { figureTexts, clusterText, type FigureText } from '../format/figureTexts';
import { formatNumber, plural } from '../format/numbers';
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
import { reportFonts, type PdfFontSource } from './pdfFonts';
import { MARGIN, PdfPages, type Column, type Paper } from './pdfPages';

export interface PdfReportOptions {
  readonly paper: Paper;
  /** Printed under the title, as given (the caller formats it in the reader's terms). */
  readonly date: string;
  /** The document's creation date (the PDF's metadata). */
  readonly now?: Date;
  /** A font for text the standard fonts cannot draw (Chinese names); see pdfFonts.ts. */
  readonly font?: PdfFontSource | null;
  /** Scenarios compared, each on a page of its own at the end (./comparisonPage.ts). */
  readonly comparisons?: readonly Comparison[];
}

/** Past this many issues the report lists the first ones and says how many more there are. */
export const LISTED_ISSUES = 500;
const WORST = 5;

function figureRows(figures: readonly FigureText[]): string[][] {
  return figures.map((f) => [f.label, f.text, f.meaning]);
}

const FIGURE_COLUMNS: readonly Column[] = [
  { header: 'Figure', share: 0.24 },
  { header: 'Value', share: 0.26 },
  { header: 'What it means', share: 0.5 },
];

function diagram(pages: PdfPages, plan: Plan, layout: PlanLayout, report: Report): void {
  const scene = planScene(plan, layout, report, { palette: builtInPalette('light'), legend: true });
  if (scene.rects.length === 0) {
    pages.text('The plan is empty: there is nothing to draw.', { muted: true });
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
): void {
  pages.heading('The five worst single failures');
  const worst = rankFailures(report.blastRadius.nodes, WORST);
  if (worst.length === 0) {
    pages.text('No single failure loses a workload.');
    return;
  }
  pages.table(
    [
      { header: 'Failure of', share: 0.24 },
      { header: 'Lost', share: 0.12 },
      { header: 'Restarted by HA', share: 0.14 },
      { header: 'Services down', share: 0.5 },
    ],
    worst.map((entry) => {
      const outcome = simulateFailure(plan, entry.id);
      const down = outcome?.servicesDown ?? [];
      return [
        name(entry.id),
        plural(entry.lost, 'workload'),
        formatNumber(entry.recovered),
        down.length === 0 ? 'none' : down.join(', '),
      ];
    }),
  );
}

function issues(pages: PdfPages, report: Report, name: (id: string) => string): void {
  pages.heading('Issues');
  const all = report.issues;
  if (all.length === 0) {
    pages.text('None: the plan breaks no placement rule and raises no warning.');
    return;
  }
  const errorsFirst = [
    ...all.filter((i) => i.severity === 'error'),
    ...all.filter((i) => i.severity !== 'error'),
  ];
  pages.table(
    [
      { header: 'Severity', share: 0.12 },
      { header: 'Node', share: 0.2 },
      { header: 'What is wrong and how to fix it', share: 0.68 },
    ],
    errorsFirst.slice(0, LISTED_ISSUES).map((i) => [i.severity, name(i.nodeId), i.message]),
  );
  if (all.length > LISTED_ISSUES)
    pages.text(
      `… and ${formatNumber(all.length - LISTED_ISSUES)} more: strata validate lists them all.`,
      {
        muted: true,
      },
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
  const now = options.now ?? new Date();
  doc.setTitle(plan.name);
  doc.setSubject('Strata planning report');
  doc.setCreator('Strata');
  doc.setProducer('Strata (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const fonts = await reportFonts(doc, JSON.stringify(plan), options.font);
  const pages = new PdfPages(doc, fonts, options.paper);
  const names = new Map(plan.nodes.map((n) => [n.id, n.name]));
  const name = (id: string): string => names.get(id) || id;

  pages.text(plan.name, { size: 20, bold: true });
  pages.space(4);
  const comparisons = options.comparisons ?? [];
  const compared =
    comparisons.length === 0
      ? ''
      : ` · compared at the end: ${comparisons.map((c) => `${c.fromName} → ${c.toName}`).join('; ')}`;
  pages.text(
    `Planning report · ${options.date} · ${plural(plan.nodes.length, 'node')}, ${plural(plan.links.length, 'link')}${compared}`,
    { muted: true },
  );
  pages.space(10);
  diagram(pages, plan, layout, report);

  const figures = figureTexts(report, name);
  pages.heading('Figures');
  pages.table(FIGURE_COLUMNS, figureRows(figures.filter((f) => f.section !== 'dr')));

  pages.heading('High availability per cluster');
  if (report.ha.clusters.length === 0)
    pages.text('No clusters: a failed host restarts none of its VMs.');
  else
    pages.table(
      [
        { header: 'Cluster', share: 0.34 },
        { header: 'Hosts', share: 0.14 },
        { header: 'VMs', share: 0.14 },
        { header: 'Tolerates', share: 0.38 },
      ],
      report.ha.clusters.map((c) => [
        c.name,
        formatNumber(c.hosts),
        formatNumber(c.vms),
        clusterText(c),
      ]),
    );

  pages.heading('Disaster recovery');
  const dr = figures.filter((f) => f.section === 'dr');
  if (dr.length === 0) pages.text('No secondary site: disaster recovery is not planned.');
  else pages.table(FIGURE_COLUMNS, figureRows(dr));

  worstFailures(pages, plan, report, name);
  issues(pages, report, name);
  for (const comparison of comparisons) comparisonPage(pages, comparison);
  pages.footers(`${plan.name} · Strata planning report · ${options.date}`);
  return doc.save({ useObjectStreams: true });
}
