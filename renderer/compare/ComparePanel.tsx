/**
 * The Compare view: two scenarios side by side — of this document, or one of another plan file
 * ("Another file…") — every headline figure with its change, marked better or worse in words and
 * colour, then what changed: workloads moved from host to host, nodes added, removed and resized,
 * hosts retired. One model (shared/diff/comparison.ts) feeds this view and the report's
 * comparison page. "Show changes" outlines the changed cards when the canvas shows the "to" side.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { compareScenarios, noNodeChanged } from '../../shared/diff/comparison';
import { buildReport } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';
import { activeScenarioOf, withScenarioPlan } from '../../shared/model/scenarioSet';
import { useStrataDocument } from '../document/DocumentProvider';
import { usePlan, useUi } from '../store/editorContext';
import { useLang } from '../i18n/useLang';
import { ChangeOutline } from './ChangeOutline';
import { resolvePair, sideValue } from '../store/comparePair';
import { FigureTable } from './FigureTable';
import { ScenarioPicker } from './ScenarioPicker';

const ROW_TEST_ID = 'compare-row';

/** Reports of the scenarios not on the canvas: their plans do not change while they are not shown. */
const reports = new WeakMap<Plan, Report>();
function reportOf(plan: Plan): Report {
  let report = reports.get(plan);
  if (!report) {
    report = buildReport(plan);
    reports.set(plan, report);
  }
  return report;
}

export function ComparePanel() {
  const doc = useStrataDocument();
  const open = useUi((s) => s.compare);
  const showChanges = useUi((s) => s.showChanges);
  const set = useStore(doc.scenarios.store, (s) => s.set);
  const state = useStore(doc.compare);
  const live = usePlan((s) => s.plan);
  const lang = useLang();
  const { t } = lang;
  const document = useMemo(
    () => withScenarioPlan(set, activeScenarioOf(set).id, live),
    [live, set],
  );
  // Nothing is computed while the view is closed: a second full report and a diff of the whole
  // plan on every edit (hundreds of ms on 10,000 nodes) would be paid for a panel nobody sees.
  // The plan on the canvas takes its report from the editor's engine, computed once per edit.
  const pair = useMemo(
    () => (open ? resolvePair(document, state) : null),
    [open, document, state],
  );
  const comparison = useMemo(() => {
    if (!pair) return null;
    const reportFor = (plan: Plan): Report =>
      plan === live ? doc.engine.reportFor(plan) : reportOf(plan);
    return compareScenarios(
      { ...pair.from, report: reportFor(pair.from.plan) },
      { ...pair.to, report: reportFor(pair.to.plan) },
      lang,
    );
  }, [pair, live, doc, lang]);
  if (!open || !pair || !comparison) return null;
  const { from, to } = pair;
  const onCanvas = to.side.source === 'this' && document.activeScenario === to.side.scenario;
  return (
    <aside className="compare" data-testid="compare-panel" aria-label={t('ui.compare.label')}>
      <header className="compare__head">
        <strong>{t('action.compare')}</strong>
        <ScenarioPicker
          testId="compare-from"
          label={t('ui.compare.from')}
          document={document}
          value={sideValue(from.side)}
          onPick={(side) => doc.compare.setState({ from: side, to: to.side, error: null })}
        />
        <span aria-hidden="true">→</span>
        <ScenarioPicker
          testId="compare-to"
          label={t('ui.compare.to')}
          document={document}
          value={sideValue(to.side)}
          onPick={(side) => doc.compare.setState({ from: from.side, to: side, error: null })}
        />
        <button
          type="button"
          className="compare__close"
          data-testid="compare-close"
          aria-label={t('ui.compare.close')}
          onClick={() => doc.ui.setState({ compare: false })}
        >
          ×
        </button>
      </header>
      {state.error ? (
        <p className="compare__error" role="alert" data-testid="compare-error">
          {state.error}
        </p>
      ) : null}
      <FigureTable
        fromName={from.name}
        toName={to.name}
        figures={comparison.figures}
        rowTestId={ROW_TEST_ID}
      />
      <section className="compare__changes" data-testid="compare-changes">
        <h3>{t('ui.compare.changes')}</h3>
        <ul>
          {comparison.lines.map((l) => (
            <li
              key={`${l.kind}-${l.id}`}
              data-testid={l.kind === 'moved' ? 'compare-moved' : `compare-${l.kind}`}
            >
              {l.kind === 'moved'
                ? t('ui.compare.moved', { name: l.name, detail: l.detail })
                : t('ui.compare.line', { what: l.what, name: l.name, detail: l.detail })}
            </li>
          ))}
          {noNodeChanged(comparison) ? <li>{t('ui.compare.noChange')}</li> : null}
        </ul>
        <label className="compare__toggle">
          <input
            type="checkbox"
            data-testid="compare-show-changes"
            checked={showChanges}
            onChange={(e) => doc.ui.setState({ showChanges: e.target.checked })}
          />
          {onCanvas
            ? t('ui.compare.showChanges')
            : t('ui.compare.showChangesWhen', { name: to.name })}
        </label>
      </section>
      {showChanges && onCanvas ? <ChangeOutline ids={comparison.changes.changedIds} /> : null}
    </aside>
  );
}
