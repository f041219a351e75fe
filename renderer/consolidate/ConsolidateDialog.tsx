/**
 * Plan ▸ Consolidate…: the scope, host model, hypervisor, HA N+k, headroom and P2V; the optimizer
 * runs in a Web Worker with a progress bar and Cancel; when it is done the proposal becomes a new
 * scenario, shown, and the dialog shows hosts against the lower bound and the figures before and
 * after. The scenario it was run on never changes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { activeScenarioOf } from '../../shared/model/scenarioSet';
import { newScenario } from '../../shared/optimize/scenarioName';
import type { Progress } from '../../shared/optimize/types';
import { useStrataDocument } from '../document/DocumentProvider';
import { addMadeScenario } from '../document/scenarioTabs';
import type { CatalogKey } from '../../shared/i18n/keys';
import { formatMessage } from '../../shared/i18n/message';
import { formatNumber } from '../../shared/format/numbers';
import { Modal } from '../files/Modal';
import { useLang } from '../i18n/useLang';
import { inputLocale } from '../inspector/fields';
import { afterPaint } from '../store/afterPaint';
import { getPlan } from '../store/editorStores';
import { useUi } from '../store/editorContext';
import {
  DEFAULT_FORM,
  parseForm,
  scopeChoices,
  type ConsolidateForm,
  type FormErrors,
} from './consolidateForm';
import { ConsolidateFields } from './ConsolidateFields';
import { ConsolidateResult, type Done } from './ConsolidateResult';
import { runConsolidate, type RunningConsolidation } from './runConsolidate';
import './consolidate.css';

const PHASE: Readonly<Record<Progress['phase'], CatalogKey>> = {
  pack: 'consolidate.phase.pack',
  search: 'consolidate.phase.search',
  ha: 'consolidate.phase.ha',
  exact: 'consolidate.phase.exact',
  plan: 'consolidate.phase.plan',
};

type Stage =
  | { readonly kind: 'form'; readonly error: string | null }
  | { readonly kind: 'running'; readonly progress: Progress | null }
  | { readonly kind: 'done'; readonly done: Done };

export function ConsolidateDialog() {
  const open = useUi((s) => s.consolidateOpen);
  return open ? <ConsolidateDialogBody /> : null;
}

function ConsolidateDialogBody() {
  const doc = useStrataDocument();
  const lang = useLang();
  const set = useStore(doc.scenarios.store, (s) => s.set);
  const choices = useMemo(() => scopeChoices(getPlan(doc)), [doc]);
  const [form, setForm] = useState<ConsolidateForm>(DEFAULT_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const [stage, setStage] = useState<Stage>({ kind: 'form', error: null });
  const running = useRef<RunningConsolidation | null>(null);

  const stop = useCallback(() => {
    running.current?.cancel();
    running.current = null;
    doc.ui.setState({ longJob: null });
  }, [doc]);
  const close = useCallback(() => {
    stop();
    doc.ui.setState({ consolidateOpen: false });
  }, [doc, stop]);
  useEffect(() => stop, [stop]);

  const start = (): void => {
    const parsed = parseForm(form, choices, inputLocale(), lang);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const before = activeScenarioOf(set);
    const job = runConsolidate(getPlan(doc), parsed.options, (progress) => {
      if (running.current === job) setStage({ kind: 'running', progress });
    });
    running.current = job;
    doc.ui.setState({ longJob: 'consolidate' });
    setStage({ kind: 'running', progress: null });
    void job.outcome.then((outcome) => {
      if (running.current !== job) return;
      running.current = null;
      doc.ui.setState({ longJob: null });
      if (outcome === null) return;
      if (!outcome.ok) {
        setStage({
          kind: 'form',
          error: outcome.message ? formatMessage(lang, outcome.message) : outcome.reason,
        });
        return;
      }
      const { scenarios } = doc.scenarios.store.getState().set;
      const made = newScenario(scenarios, parsed.options, outcome.result.plan, parsed.hostLabel);
      setStage({ kind: 'done', done: { outcome, fromName: before.name, toName: made.name } });
      // The canvas shows the new scenario in a task of its own once the result's frame has
      // painted: two shorter tasks for the main thread instead of one, and the new scenario's
      // task does not also lay out the result first (a forced layout when it ran before that frame).
      afterPaint(() => addMadeScenario(doc, made));
    });
  };
  const cancelRun = (): void => {
    stop();
    setStage({ kind: 'form', error: null });
  };

  return (
    <Modal testId="consolidate-dialog" title={lang.t('consolidate.title')} onEscape={close}>
      {stage.kind === 'done' ? (
        <ConsolidateResult done={stage.done} />
      ) : (
        <ConsolidateFields
          form={form}
          choices={choices}
          errors={errors}
          disabled={stage.kind === 'running'}
          change={(patch) => setForm((f) => ({ ...f, ...patch }))}
        />
      )}
      {stage.kind === 'running' && (
        <div className="consolidate-progress" data-testid="consolidate-progress">
          <progress max={1} value={stage.progress?.done ?? 0} />
          <span data-testid="consolidate-phase">
            {lang.t(stage.progress ? PHASE[stage.progress.phase] : 'consolidate.phase.start')}
            {stage.progress?.hosts !== undefined
              ? ` · ${lang.t('count.host', {
                  count: stage.progress.hosts,
                  n: formatNumber(stage.progress.hosts, 0, lang.numberLocale),
                })}`
              : ''}
          </span>
          <button
            type="button"
            className="files-button"
            data-testid="consolidate-cancel-run"
            onClick={cancelRun}
          >
            {lang.t('dialog.button.cancel')}
          </button>
        </div>
      )}
      {stage.kind === 'form' && stage.error !== null && (
        <p className="consolidate-error" role="alert" data-testid="consolidate-error">
          {stage.error}
        </p>
      )}
      <div className="files-dialog__buttons">
        <button
          type="button"
          className="files-button"
          data-testid="consolidate-close"
          onClick={close}
        >
          {lang.t(stage.kind === 'done' ? 'action.close' : 'dialog.button.cancel')}
        </button>
        {stage.kind !== 'done' && (
          <button
            type="button"
            className="files-button files-button--primary"
            data-testid="consolidate-run"
            disabled={stage.kind === 'running'}
            onClick={start}
          >
            {lang.t('consolidate.run')}
          </button>
        )}
      </div>
    </Modal>
  );
}
