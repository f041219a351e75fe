/**
 * In failure mode: what the failure of the node pointed at (or clicked) does. Docked at the top of
 * the sidebar, so it never hides the canvas's cards or controls; while the sidebar is collapsed it
 * floats at the canvas's bottom-left, above the scenario tabs. Either way it folds to its title.
 */
import { useState } from 'react';
import { planTree } from '../../shared/edit/planTree';
import { useEditor, usePlan, useUi } from '../store/editorContext';
import { failureTarget } from '../store/uiStore';
import { counted } from '../../shared/format/counted';
import { useLang } from '../i18n/useLang';

const SHOWN = 12;

function Names({
  items,
  testId,
  tone,
}: {
  items: readonly { id: string; name: string }[];
  testId: string;
  tone: string;
}) {
  return (
    <ul
      className={`chips chips--${tone}`}
      data-testid={testId}
      data-value={JSON.stringify(items.map((i) => i.id))}
    >
      {items.slice(0, SHOWN).map((item) => (
        <li key={item.id} className="chip" data-testid={`${testId}-item`} data-id={item.id}>
          {item.name}
        </li>
      ))}
      {items.length > SHOWN && <li className="chip chip--more">+{items.length - SHOWN}</li>}
    </ul>
  );
}

/** `If <strong>name</strong> fails`, the name set apart in any language's word order. */
function IfFails({ name }: { name: string }) {
  const { t } = useLang();
  const mark = '\u0000';
  const [before = '', after = ''] = t('ui.failure.if', { name: mark }).split(mark);
  return (
    <>
      {before}
      <strong>{name}</strong>
      {after}
    </>
  );
}

export function FailureSummary({ placement }: { placement: 'sidebar' | 'canvas' }) {
  const { engine } = useEditor();
  const failureMode = useUi((s) => s.failureMode);
  const target = useUi((s) => failureTarget(s));
  const plan = usePlan((s) => s.plan);
  const [open, setOpen] = useState(true);
  const lang = useLang();
  const { t } = lang;
  if (!failureMode) return null;
  const outcome = target === null ? null : engine.failureFor(plan, target);
  const node = target === null ? undefined : planTree(plan).byId.get(target);
  return (
    <div
      className={`failure-summary failure-summary--${placement}`}
      data-testid="failure-summary"
      data-placement={placement}
      role="status"
    >
      <button
        type="button"
        className="failure-summary__title"
        data-testid="failure-summary-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('ui.failure.title')}
      </button>
      {!open ? null : !outcome || !node ? (
        <p className="muted">{t('ui.failure.hint')}</p>
      ) : (
        <>
          <div className="failure-summary__node" data-testid="failure-node" data-id={node.id}>
            <IfFails name={node.name} />
          </div>
          <div className="failure-summary__counts">
            <span
              data-testid="failure-down-count"
              data-value={JSON.stringify(outcome.down.map((d) => d.id))}
            >
              {t('ui.failure.down', { nodes: counted(lang, 'node', outcome.down.length) })}
            </span>
            {outcome.lostWorkloads.length === 0 ? (
              <span className="tone-good" data-testid="failure-nothing-lost">
                {t('ui.failure.nothingLost')}
              </span>
            ) : (
              <span className="tone-bad">
                {t('ui.failure.lost', {
                  workloads: counted(lang, 'workload', outcome.lostWorkloads.length),
                })}
              </span>
            )}
            <span className="tone-warn">
              {t('ui.figures.restarted', {
                workloads: counted(lang, 'workload', outcome.recoveredWorkloads.length),
              })}
            </span>
          </div>
          {outcome.lostWorkloads.length > 0 && (
            <Names items={outcome.lostWorkloads} testId="failure-lost" tone="bad" />
          )}
          {outcome.recoveredWorkloads.length > 0 && (
            <Names items={outcome.recoveredWorkloads} testId="failure-recovered" tone="warn" />
          )}
          <div className="failure-summary__services">
            <div
              data-testid="failure-services-down"
              data-value={JSON.stringify(outcome.servicesDown)}
            >
              <span className="figure__label">{t('ui.failure.servicesDown')}</span>{' '}
              {outcome.servicesDown.join(', ') || t('format.none')}
            </div>
            <div
              data-testid="failure-services-degraded"
              data-value={JSON.stringify(outcome.servicesDegraded)}
            >
              <span className="figure__label">{t('ui.failure.degraded')}</span>{' '}
              {outcome.servicesDegraded.join(', ') || t('format.none')}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
