/**
 * The Compare view: two scenarios of the document side by side — every headline figure with its
 * change, green when better and red when worse (shared/diff/headline.ts, as `strata diff`), then
 * what changed: workloads moved from host to host, nodes added, removed and resized, hosts
 * retired. "Show changes" outlines the changed cards when the canvas shows the "to" scenario.
 */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { changeList, type NodeRef } from '../../shared/diff/changeList';
import { diffPlans } from '../../shared/diff/diffPlans';
import { HEADLINE_FIGURES, verdict } from '../../shared/diff/headline';
import { formatDelta, formatFigure } from '../../shared/format/figures';
import { buildReport } from '../../shared/metrics/report';
import type { Report } from '../../shared/metrics/types';
import type { Plan } from '../../shared/model/plan';
import { activeScenarioOf, withScenarioPlan } from '../../shared/model/scenarioSet';
import { useStrataDocument } from '../document/DocumentProvider';
import { usePlan, useUi } from '../store/editorContext';
import { ChangeOutline } from './ChangeOutline';

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

function names(refs: readonly NodeRef[]): string {
  return refs.map((r) => r.name || r.id).join(', ');
}

export function ComparePanel() {
  const doc = useStrataDocument();
  const open = useUi((s) => s.compare);
  const showChanges = useUi((s) => s.showChanges);
  const set = useStore(doc.scenarios.store, (s) => s.set);
  const live = usePlan((s) => s.plan);
  const [picked, setPicked] = useState<{ from: string | null; to: string | null }>({
    from: null,
    to: null,
  });
  const document = useMemo(
    () => withScenarioPlan(set, activeScenarioOf(set).id, live),
    [live, set],
  );
  const ids = document.scenarios.map((s) => s.id);
  const first = ids[0] ?? '';
  const fromId = picked.from && ids.includes(picked.from) ? picked.from : first;
  const toDefault =
    document.activeScenario !== fromId ? document.activeScenario : (ids[1] ?? first);
  const toId = picked.to && ids.includes(picked.to) ? picked.to : toDefault;
  const from = document.scenarios.find((s) => s.id === fromId);
  const to = document.scenarios.find((s) => s.id === toId);
  // Nothing is computed while the view is closed: a second full report and a diff of the whole
  // plan on every edit (hundreds of ms on 10,000 nodes) would be paid for a panel nobody sees.
  // The plan on the canvas takes its report from the editor's engine, computed once per edit.
  const view = useMemo(() => {
    if (!open || !from || !to) return null;
    const reportFor = (plan: Plan): Report =>
      plan === live ? doc.engine.reportFor(plan) : reportOf(plan);
    const pair = { from: reportFor(from.plan), to: reportFor(to.plan) };
    const diff = diffPlans(from.plan, to.plan, pair);
    return { pair, diff, changes: changeList(from.plan, to.plan, diff) };
  }, [open, from, to, live, doc]);
  if (!open || !from || !to || !view) return null;
  const { pair, changes } = view;
  const onCanvas = document.activeScenario === to.id;
  return (
    <aside className="compare" data-testid="compare-panel" aria-label="Compare scenarios">
      <header className="compare__head">
        <strong>Compare</strong>
        <select
          data-testid="compare-from"
          aria-label="From scenario"
          value={from.id}
          onChange={(e) => setPicked({ from: e.target.value, to: toId })}
        >
          {document.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <span aria-hidden="true">→</span>
        <select
          data-testid="compare-to"
          aria-label="To scenario"
          value={to.id}
          onChange={(e) => setPicked({ from: fromId, to: e.target.value })}
        >
          {document.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="compare__close"
          data-testid="compare-close"
          aria-label="Close the Compare view"
          onClick={() => doc.ui.setState({ compare: false })}
        >
          ×
        </button>
      </header>
      <table className="compare__figures">
        <thead>
          <tr>
            <th />
            <th>{from.name}</th>
            <th>{to.name}</th>
            <th>Change</th>
          </tr>
        </thead>
        <tbody>
          {HEADLINE_FIGURES.map((fig) => {
            const a = fig.value(pair.from);
            const b = fig.value(pair.to);
            const delta = a === null || b === null ? null : a === b ? 0 : b - a;
            const v = verdict(fig, a, b);
            return (
              <tr key={fig.key} data-testid={`compare-row-${fig.key}`} data-delta={delta ?? ''}>
                <th scope="row">{fig.label}</th>
                <td>{formatFigure(fig.format, a)}</td>
                <td>{formatFigure(fig.format, b)}</td>
                <td className={`compare__delta compare__delta--${v}`}>
                  {formatDelta(fig.format, delta)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section className="compare__changes" data-testid="compare-changes">
        <h3>What changed</h3>
        <ul>
          {changes.workloadsMoved.map((m) => (
            <li key={`m-${m.id}`} data-testid="compare-moved">
              {m.name || m.id} moved: {m.fromHost?.name ?? 'no host'} →{' '}
              {m.toHost?.name ?? 'no host'}
            </li>
          ))}
          {changes.resized.map((r) => (
            <li key={`r-${r.id}`}>
              {r.name || r.id} resized ({r.fields.join(', ')})
            </li>
          ))}
          {changes.added.length > 0 ? <li>Added: {names(changes.added)}</li> : null}
          {changes.removed.length > 0 ? <li>Removed: {names(changes.removed)}</li> : null}
          {changes.hostsRetired.length > 0 ? (
            <li>Hosts retired: {names(changes.hostsRetired)}</li>
          ) : null}
          {changes.changedIds.length === 0 && changes.removed.length === 0 ? (
            <li>No node changed</li>
          ) : null}
        </ul>
        <label className="compare__toggle">
          <input
            type="checkbox"
            data-testid="compare-show-changes"
            checked={showChanges}
            onChange={(e) => doc.ui.setState({ showChanges: e.target.checked })}
          />
          Show changes on the canvas{onCanvas ? '' : ` (when “${to.name}” is shown)`}
        </label>
      </section>
      {showChanges && onCanvas ? <ChangeOutline ids={changes.changedIds} /> : null}
    </aside>
  );
}
