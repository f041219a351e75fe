/** The file flows' dialogs: unsaved changes, the recovery offer and the export options. */
import { useCallback } from 'react';
import { ExportDialog } from './ExportDialog';
import { useFiles, useFilesDocument } from './filesDocument';
import { Modal } from './Modal';

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

export function FileDialogs() {
  return (
    <>
      <UnsavedPrompt />
      <RecoveryPrompt />
      <ExportDialog />
    </>
  );
}
