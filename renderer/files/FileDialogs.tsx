/** The file flows' dialogs: unsaved changes, the recovery offer and the export options. */
import { useCallback } from 'react';
import { useLang } from '../i18n/useLang';
import { ExportDialog } from './ExportDialog';
import { useFiles, useFilesDocument } from './filesDocument';
import { Modal } from './Modal';

function UnsavedPrompt() {
  const { files } = useFilesDocument();
  const request = useFiles((s) => s.unsaved);
  const cancel = useCallback(() => files.answerUnsaved('cancel'), [files]);
  const lang = useLang();
  if (!request) return null;
  return (
    <Modal
      testId="unsaved-prompt"
      title={lang.t('files.unsaved.title', { name: request.documentName })}
      onEscape={cancel}
    >
      <p className="files-dialog__text">
        {lang.t('files.unsaved.text', { action: request.action })}
      </p>
      <div className="files-dialog__buttons">
        <button
          type="button"
          className="files-button"
          data-testid="unsaved-discard"
          onClick={() => files.answerUnsaved('discard')}
        >
          {lang.t('files.unsaved.dontSave')}
        </button>
        <span className="files-dialog__gap" />
        <button
          type="button"
          className="files-button"
          data-testid="unsaved-cancel"
          onClick={cancel}
        >
          {lang.t('dialog.button.cancel')}
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          data-testid="unsaved-save"
          autoFocus
          onClick={() => files.answerUnsaved('save')}
        >
          {lang.t('dialog.button.save')}
        </button>
      </div>
    </Modal>
  );
}

/** The time in the editor's language (the date too when it was not today). */
function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

function RecoveryPrompt() {
  const { files } = useFilesDocument();
  const offer = useFiles((s) => s.recovery);
  const discard = useCallback(() => files.answerRecovery('discard'), [files]);
  const lang = useLang();
  if (!offer) return null;
  return (
    <Modal
      testId="recovery-prompt"
      title={lang.t('files.recovery.title', { time: formatTime(offer.savedAt, lang.numberLocale) })}
      onEscape={discard}
    >
      <p className="files-dialog__text">
        {offer.name
          ? lang.t('files.recovery.named', { name: offer.name })
          : lang.t('files.recovery.unnamed')}
      </p>
      <div className="files-dialog__buttons">
        <span className="files-dialog__gap" />
        <button
          type="button"
          className="files-button"
          data-testid="recovery-discard"
          onClick={discard}
        >
          {lang.t('files.recovery.discard')}
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          data-testid="recovery-restore"
          autoFocus
          onClick={() => files.answerRecovery('restore')}
        >
          {lang.t('files.recovery.restore')}
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
      <ExportDialog />
    </>
  );
}
