/** The live figures: the engine's report for the current plan, recomputed only when it changes. */
import { useCallback, useMemo } from 'react';
import { figureMap } from '../../shared/format/figureTexts';
import { useFigures } from '../store/editorContext';
import { planTree } from '../../shared/edit/planTree';
import { BlastSection } from './BlastSection';
import { ConsolidationSection } from './ConsolidationSection';
import { IssuesList } from './IssuesList';
import { PatchingSection } from './PatchingSection';
import { ResilienceSection } from './ResilienceSection';
import { useLang } from '../i18n/useLang';

export function MetricsPanel() {
  const plan = useFigures((s) => s.plan);
  const report = useFigures((s) => s.report);
  const names = useCallback((id: string) => planTree(plan).byId.get(id)?.name ?? id, [plan]);
  // Every figure's text comes from the shared catalogue, the same text `strata report` prints.
  const lang = useLang();
  const figures = useMemo(() => figureMap(report, names, lang), [report, names, lang]);
  return (
    <section className="metrics" data-testid="metrics" aria-label={lang.t('ui.figures.title')}>
      <div className="panel-title">{lang.t('ui.figures.title')}</div>
      <div className="metrics__scroll">
        <ConsolidationSection c={report.consolidation} figures={figures} />
        <PatchingSection p={report.patching} names={names} figures={figures} />
        <BlastSection plan={plan} report={report} names={names} figures={figures} />
        <ResilienceSection ha={report.ha} dr={report.dr} figures={figures} />
        <IssuesList issues={report.issues} names={names} />
      </div>
    </section>
  );
}
