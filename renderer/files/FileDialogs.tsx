/** The file flows' dialogs: unsaved changes, the recovery offer and the PNG export options. */
import { useCallback, useMemo } from 'react';
import { usePlan, useUi } from '../store/editorContext';
import { effectiveTheme } from '../store/uiStore';
import { useFiles, useFilesDocument } from './filesDocument';
import { Modal } from './Modal';
import { MAX_IMAGE_SIDE, PNG_SCALES } from '../../shared/draw/geometry';
import type { PictureChoices } from './filesStore';
import { exportFrame, pictureOptions } from './pngRender';

function UnsavedPrompt() {
  const { files } = useFilesDocument();
  const request = useFiles((s) => s.unsaved);
  const cancel = useCallback(() => files.answerUnsaved('cancel'), [files]);
  if (!request) return null;
  return (
    <Modal
      testId="unsaved-prompt"
      title={`Save changes to “${request.documentName}”?`}
      onEscape={cancel}
    >
      <p className="files-dialog__text">
        There are unsaved changes. Save them before {request.action}? Without saving they are lost.
      </p>
      <div className="files-dialog__buttons">
        <button
          type="button"
          className="files-button"
          data-testid="unsaved-discard"
          onClick={() => files.answerUnsaved('discard')}
        >
          Don’t Save
        </button>
        <span className="files-dialog__gap" />
        <button
          type="button"
          className="files-button"
          data-testid="unsaved-cancel"
          onClick={cancel}
        >
          Cancel
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          data-testid="unsaved-save"
          autoFocus
          onClick={() => files.answerUnsaved('save')}
        >
          Save
        </button>
      </div>
    </Modal>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function RecoveryPrompt() {
  const { files } = useFilesDocument();
  const offer = useFiles((s) => s.recovery);
  const discard = useCallback(() => files.answerRecovery('discard'), [files]);
  if (!offer) return null;
  return (
    <Modal
      testId="recovery-prompt"
      title={`Restore unsaved work from ${formatTime(offer.savedAt)}?`}
      onEscape={discard}
    >
      <p className="files-dialog__text">
        Strata closed without saving {offer.name ? `changes to “${offer.name}”` : 'a plan'}. A copy
        was kept; restore it to go on where you left off, or discard it.
      </p>
      <div className="files-dialog__buttons">
        <span className="files-dialog__gap" />
        <button
          type="button"
          className="files-button"
          data-testid="recovery-discard"
          onClick={discard}
        >
          Discard
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          data-testid="recovery-restore"
          autoFocus
          onClick={() => files.answerRecovery('restore')}
        >
          Restore
        </button>
      </div>
    </Modal>
  );
}

/** The picture's optional parts, as the export dialog offers them. */
const INCLUDE: readonly [keyof PictureChoices, string][] = [
  ['title', 'Title'],
  ['date', 'Date'],
  ['legend', 'Legend'],
  ['figures', 'Figures summary'],
  ['transparent', 'Transparent background'],
];

function PngExportDialog() {
  const doc = useFilesDocument();
  const { files } = doc;
  const open = useFiles((s) => s.pngDialog);
  const scale = useFiles((s) => s.pngScale);
  const picture = useFiles((s) => s.picture);
  const plan = usePlan((s) => s.plan);
  const theme = useUi((s) => effectiveTheme(s));
  const frame = useMemo(
    () => (open ? exportFrame(doc, plan, scale, pictureOptions(plan, picture)) : null),
    [doc, open, plan, scale, picture],
  );
  const close = useCallback(() => files.store.setState({ pngDialog: false }), [files]);
  if (!open || !frame) return null;
  return (
    <Modal testId="export-png-dialog" title="Export PNG" onEscape={close}>
      <p className="files-dialog__text">
        The whole plan on the {theme} theme’s background, with the plan inside the image: opening
        the PNG in Strata gives the editable plan back.
      </p>
      <div className="files-scale" role="radiogroup" aria-label="Scale">
        <span className="files-scale__label">Scale</span>
        {PNG_SCALES.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={s === scale}
            className={`files-button${s === scale ? ' is-on' : ''}`}
            data-testid={`png-scale-${s}`}
            onClick={() => files.setPngScale(s)}
          >
            {s}×
          </button>
        ))}
      </div>
      <fieldset className="files-include" aria-label="Include">
        <legend className="files-scale__label">Include</legend>
        {INCLUDE.map(([key, label]) => (
          <label key={key} className="files-include__item">
            <input
              type="checkbox"
              data-testid={`png-include-${key}`}
              checked={picture[key]}
              onChange={(e) =>
                files.store.setState({ picture: { ...picture, [key]: e.target.checked } })
              }
            />
            {label}
          </label>
        ))}
      </fieldset>
      <p
        className="files-dialog__text"
        data-testid="png-size"
        data-width={frame.width}
        data-height={frame.height}
      >
        {frame.width.toLocaleString('en-US')} × {frame.height.toLocaleString('en-US')} px
        {frame.capped &&
          ` — a large plan: exported at ${frame.scale.toFixed(2)}× so that no side passes ${MAX_IMAGE_SIDE.toLocaleString('en-US')} px`}
      </p>
      <div className="files-dialog__buttons">
        <span className="files-dialog__gap" />
        <button
          type="button"
          className="files-button"
          data-testid="export-png-cancel"
          onClick={close}
        >
          Cancel
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          data-testid="export-png-confirm"
          autoFocus
          onClick={() => {
            close();
            files.exportPng(scale);
          }}
        >
          Export
        </button>
      </div>
    </Modal>
  );
}

export function FileDialogs() {
  return (
    <>
      <UnsavedPrompt />
      <RecoveryPrompt />
      <PngExportDialog />
    </>
  );
}
