/** The status message: a refusal (and why) or a short confirmation, dismissed after a while. */
import { useEffect } from 'react';
import { useEditor, useUi } from '../store/editorContext';
import { dismissToast } from '../store/uiStore';
import { useLang } from '../i18n/useLang';

const SHOWN_MS = { refused: 6000, info: 2500 } as const;
/** A message offering a way forward stays long enough to read and decide. */
const OFFER_MS = 15000;

export function Toast() {
  const doc = useEditor();
  const toast = useUi((s) => s.toast);
  const { t } = useLang();
  useEffect(() => {
    if (!toast) return undefined;
    const shown = toast.offer ? OFFER_MS : SHOWN_MS[toast.kind];
    const timer = window.setTimeout(() => dismissToast(doc, toast.id), shown);
    return () => window.clearTimeout(timer);
  }, [doc, toast]);
  if (!toast) return null;
  return (
    <div
      className={`toast toast--${toast.kind}`}
      data-testid="toast"
      data-kind={toast.kind}
      role={toast.kind === 'refused' ? 'alert' : 'status'}
    >
      <span className="toast__text">{toast.text}</span>
      {toast.offer && (
        <button
          type="button"
          className="toast__offer"
          data-testid="toast-offer"
          onClick={() => {
            dismissToast(doc, toast.id);
            toast.offer?.perform();
          }}
        >
          {toast.offer.label}
        </button>
      )}
      <button
        type="button"
        className="toast__close"
        aria-label={t('ui.toast.dismiss')}
        onClick={() => dismissToast(doc, toast.id)}
      >
        ×
      </button>
    </div>
  );
}
