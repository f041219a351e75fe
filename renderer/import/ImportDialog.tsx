/**
 * File ▸ Import…: choose inventory files, set the options, see what comes in (counts per kind,
 * per site and cluster, every warning with its file and row), then make a new plan of it or add
 * it to this one (one undo step, into the selected node when one is selected). The import runs in
 * a Web Worker with a progress bar and Cancel.
 */
import { FailureText, WarningText } from './ImportMessages';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addToPlan } from '../../shared/import/merge';
import { summarizeImport } from '../../shared/import/summary';
import {
  IMPORT_FORMATS,
  FORMAT_LABEL,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from '../../shared/import/types';
import { counted } from '../../shared/format/counted';
import { formatNumber } from '../../shared/format/numbers';
import type { CatalogKey } from '../../shared/i18n/keys';
import { formatMessage } from '../../shared/i18n/message';
import { NODE_KINDS } from '../../shared/model/nodes';
import { Modal } from '../files/Modal';
import { useFiles, useFilesDocument } from '../files/filesDocument';
import { useLang } from '../i18n/useLang';
import { countsText, warningPlace } from './importTexts';
import { afterPaint } from '../store/afterPaint';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { useUi } from '../store/editorContext';
import { runImport, type RunningImport } from './runImport';
import './import.css';

const SHOWN_WARNINGS = 200;

interface Form {
  readonly format: ImportFormat | '';
  readonly secondary: string;
  readonly skipPoweredOff: boolean;
  readonly profile: string;
  readonly nodeCores: string;
  readonly nodeRamGiB: string;
}

const START: Form = {
  format: '',
  secondary: '',
  skipPoweredOff: false,
  profile: '',
  nodeCores: '8',
  nodeRamGiB: '32',
};

function toOptions(form: Form): ImportOptions {
  const cores = Number(form.nodeCores);
  const ram = Number(form.nodeRamGiB);
  return {
    format: form.format === '' ? null : form.format,
    secondary: form.secondary
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    skipPoweredOff: form.skipPoweredOff,
    profile: form.profile.trim() || null,
    ...(cores > 0 ? { nodeCores: cores } : {}),
    ...(ram > 0 ? { nodeRamGiB: ram } : {}),
  };
}

export function ImportDialog() {
  const initial = useFiles((s) => s.importDialog);
  if (initial === null) return null;
  return <ImportDialogBody initial={initial} />;
}

function ImportDialogBody({ initial }: { initial: readonly File[] }) {
  const doc = useFilesDocument();
  const selection = useUi((s) => s.selection);
  const lang = useLang();
  const n = (value: number): string => formatNumber(value, 0, lang.numberLocale);
  const [files, setFiles] = useState<readonly File[]>(initial);
  const [form, setForm] = useState<Form>(START);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const running = useRef<RunningImport | null>(null);
  const close = useCallback(() => {
    running.current?.cancel();
    doc.files.store.setState({ importDialog: null });
  }, [doc]);

  useEffect(() => {
    if (files.length === 0) return undefined;
    setResult(null);
    setProgress(0);
    const job = runImport(files, toOptions(form), setProgress);
    running.current = job;
    void job.result.then((r) => {
      if (running.current !== job) return;
      running.current = null;
      setProgress(null);
      setResult(r);
    });
    return () => job.cancel();
  }, [files, form]);

  const cancelRun = (): void => {
    running.current?.cancel();
    running.current = null;
    setProgress(null);
  };
  const summary = useMemo(() => (result?.ok ? summarizeImport(result.plan) : null), [result]);
  const parentId = selection.length === 1 ? (selection[0] ?? null) : null;
  const parent = parentId === null ? null : getPlan(doc).nodes.find((n) => n.id === parentId);

  const newPlan = (): void => {
    if (!result?.ok) return;
    close();
    // The dialog goes first, in a task of its own; the new plan opens in the next.
    const { plan } = result;
    afterPaint(() => doc.files.adoptImport(plan));
  };
  const addHere = (): void => {
    if (!result?.ok) return;
    const merged = addToPlan(getPlan(doc), result.plan, parent?.id ?? null);
    if (!merged.ok) {
      setResult({
        ok: false,
        file: parent?.name ?? 'plan',
        place: null,
        reason: merged.reason,
        message: lang.t('import.cannotAdd', { reason: formatMessage(lang, merged.said) }),
      });
      return;
    }
    close();
    if (
      run(
        doc,
        { ok: true, plan: merged.plan, ids: merged.addedIds },
        { message: lang.t('import.imported', { nodes: counted(lang, 'node', merged.addedIds.length) }) },
      )
    )
      requestAnimationFrame(() => doc.viewport.revealNodes(merged.addedIds));
  };
  const set = <K extends keyof Form>(key: K, value: Form[K]): void =>
    setForm((f) => ({ ...f, [key]: value }));

  return (
    <Modal testId="import-dialog" title={lang.t('import.title')} onEscape={close}>
      <div className="import-form">
        <label className="import-field">
          <span>{lang.t('import.files')}</span>
          <input
            type="file"
            multiple
            data-testid="import-file-input"
            accept=".xlsx,.csv,.json,.yaml,.yml,.txt"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        </label>
        {files.length > 0 && (
          <div className="import-files" data-testid="import-file-names">
            {files.map((f) => f.name).join(', ')}
          </div>
        )}
        <label className="import-field">
          <span>{lang.t('import.format')}</span>
          <select
            data-testid="import-format"
            value={form.format}
            onChange={(e) => set('format', e.target.value as Form['format'])}
          >
            <option value="">{lang.t('import.detect')}</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        <label className="import-field">
          <span>{lang.t('import.secondary')}</span>
          <input
            type="text"
            data-testid="import-secondary"
            placeholder={lang.t('import.secondary.placeholder')}
            value={form.secondary}
            onChange={(e) => set('secondary', e.target.value)}
          />
        </label>
        <label className="import-check">
          <input
            type="checkbox"
            data-testid="import-skip-powered-off"
            checked={form.skipPoweredOff}
            onChange={(e) => set('skipPoweredOff', e.target.checked)}
          />
          <span>{lang.t('import.skipPoweredOff')}</span>
        </label>
        <label className="import-field">
          <span>{lang.t('import.profile')}</span>
          <input
            type="text"
            data-testid="import-profile"
            value={form.profile}
            onChange={(e) => set('profile', e.target.value)}
          />
        </label>
        <div className="import-field">
          <span>{lang.t('import.k8sNodes')}</span>
          <input
            type="number"
            min="1"
            aria-label={lang.t('import.coresPerNode')}
            data-testid="import-node-cores"
            value={form.nodeCores}
            onChange={(e) => set('nodeCores', e.target.value)}
          />
          <span>{lang.t('field.unit.cores')}</span>
          <input
            type="number"
            min="1"
            aria-label={lang.t('import.ramPerNode')}
            data-testid="import-node-ram"
            value={form.nodeRamGiB}
            onChange={(e) => set('nodeRamGiB', e.target.value)}
          />
          <span>{lang.t('field.unit.gib')}</span>
        </div>
      </div>

      {progress !== null && (
        <div className="import-progress" data-testid="import-progress">
          <progress max={1} value={progress} />
          <button
            type="button"
            className="files-button"
            data-testid="import-cancel-run"
            onClick={cancelRun}
          >
            {lang.t('dialog.button.cancel')}
          </button>
        </div>
      )}
      {result && !result.ok && (
        <p className="import-error" role="alert" data-testid="import-error">
          <FailureText failure={result} />
        </p>
      )}
      {result?.ok && summary && (
        <div className="import-preview" data-testid="import-preview">
          <p>
            {NODE_KINDS.filter((k) => summary.nodes[k] > 0).map((k) => (
              <span
                key={k}
                className="import-count"
                data-testid={`import-count-${k}`}
                data-value={summary.nodes[k]}
              >
                {lang.t(`import.kindCount.${k}` as CatalogKey, {
                  count: summary.nodes[k],
                  n: n(summary.nodes[k]),
                })}
              </span>
            ))}
          </p>
          {summary.sites.length > 0 && (
            <ul className="import-list" data-testid="import-sites">
              {summary.sites.map((s) => (
                <li key={s.name}>
                  {lang.t(s.containers > 0 ? 'import.siteWithContainers' : 'import.site', {
                    name: s.name,
                    servers: counted(lang, 'server', s.servers),
                    vms: counted(lang, 'vm', s.vms),
                    containers: counted(lang, 'container', s.containers),
                  })}
                </li>
              ))}
            </ul>
          )}
          {summary.clusters.length > 0 && (
            <ul className="import-list" data-testid="import-clusters">
              {summary.clusters.map((c) => (
                <li key={c.name}>
                  {lang.t('import.cluster', {
                    name: c.name,
                    hosts: counted(lang, 'host', c.hosts),
                    vms: counted(lang, 'vm', c.vms),
                  })}
                </li>
              ))}
            </ul>
          )}
          <p data-testid="import-included">
            {lang.t('import.included', {
              what: countsText(result.included, lang) || lang.t('import.included.all'),
            })}
          </p>
          <p data-testid="import-skipped">
            {lang.t('import.skipped', {
              what: countsText(result.skipped, lang) || lang.t('import.skipped.none'),
            })}
          </p>
          {result.warnings.length > 0 && (
            <details className="import-warnings" open data-testid="import-warnings">
              <summary>
                {counted(lang, 'warning', result.warnings.length)}
              </summary>
              <ul>
                {result.warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
                  <li key={i}>
                    <b>{warningPlace(w, lang)}</b>
                    {lang.t('import.warningSep')}
                    <WarningText warning={w} />
                  </li>
                ))}
                {result.warnings.length > SHOWN_WARNINGS && (
                  <li>
                    {lang.t('import.moreWarnings', { n: n(result.warnings.length - SHOWN_WARNINGS) })}
                  </li>
                )}
              </ul>
            </details>
          )}
        </div>
      )}

      <div className="files-dialog__buttons">
        <button type="button" className="files-button" data-testid="import-cancel" onClick={close}>
          {lang.t('dialog.button.cancel')}
        </button>
        <span className="files-dialog__gap" />
        <button
          type="button"
          className="files-button"
          data-testid="import-add"
          disabled={!result?.ok}
          onClick={addHere}
          title={
            parent
              ? lang.t('import.into', {
                  kind: lang.t(`kind.${parent.kind}` as CatalogKey),
                  name: parent.name,
                })
              : lang.t('import.onCanvas')
          }
        >
          {parent ? lang.t('import.addInto', { name: parent.name }) : lang.t('import.add')}
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          data-testid="import-new-plan"
          disabled={!result?.ok}
          onClick={newPlan}
        >
          {lang.t('import.newPlan')}
        </button>
      </div>
    </Modal>
  );
}
