/** The Figures tab, the live figures: the engine's report for the current plan, recomputed only when it changes. */
import { useCallback, useMemo } from 'react';
import { figureMap } from '../../shared/format/figureTexts';
import { useEditor, useFigures, usePlan } from '../store/editorContext';
import { planTree } from '../../shared/edit/planTree';
import { BlastSection } from './BlastSection';
import { ConsolidationSection } from './ConsolidationSection';
import { PatchingSection } from './PatchingSection';
import { ResilienceSection } from './ResilienceSection';
import { useLang } from '../i18n/useLang';

export function MetricsPanel() {
  const plan = useFigures((s) => s.plan);
  const report = useFigures((s) => s.report);
  // Figures of another plan than the one on the canvas (a large plan just opened, its report still
  // being computed) are shown as not current.
  const pending = usePlan((s) => s.plan !== plan);
  // The engine's index where the figures built it (after an edit), not a plan tree, which after a
  // move on a large plan is built later, with the cards (renderer/document/connect.ts); a plan
  // just opened has its tree (the cards) and not yet its index.
  const { engine } = useEditor();
  const names = useCallback(
    (id: string) => (engine.knownIndex(plan) ?? planTree(plan)).getNode(id)?.name ?? id,
    [engine, plan],
  );
  // Every figure's text comes from the shared catalogue, the same text `strata report` prints.
  const lang = useLang();
  const figures = useMemo(() => figureMap(report, names, lang), [report, names, lang]);
  return (
    <section
      className={pending ? 'metrics metrics--pending' : 'metrics'}
      data-testid="metrics"
      aria-label={lang.t('ui.figures.title')}
      aria-busy={pending}
    >
      {pending && (
        <div className="metrics__pending" data-testid="figures-pending" role="status">
          {lang.t('ui.figures.pending')}
        </div>
      )}
      <div className="metrics__scroll">
        <ConsolidationSection c={report.consolidation} figures={figures} />
        <PatchingSection p={report.patching} names={names} figures={figures} />
        <BlastSection plan={plan} report={report} names={names} figures={figures} />
        <ResilienceSection ha={report.ha} dr={report.dr} figures={figures} />
      </div>
    </section>
  );
}
