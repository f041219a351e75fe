/** The keyboard shortcut sheet (`?`, Help ▸ Keyboard Shortcuts): the manifest's keys, by menu. */
import { useEffect, useMemo, useRef } from 'react';
import { ACTION_MANIFEST } from '../../shared/actions/manifest';
import { shortcutSheet } from '../../shared/actions/shortcutSheet';
import { useLang } from '../i18n/useLang';
import { currentPlatform } from '../actions/bindAction';
import { useEditor, useUi } from '../store/editorContext';
import { Modal } from '../files/Modal';

export function ShortcutSheet() {
  const open = useUi((s) => s.shortcutsOpen);
  return open ? <Sheet /> : null;
}

function Sheet() {
  const doc = useEditor();
  const lang = useLang();
  const groups = useMemo(() => shortcutSheet(currentPlatform(), ACTION_MANIFEST, lang), [lang]);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const returnTo = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);
  const close = (): void => doc.ui.setState({ shortcutsOpen: false });
  return (
    <Modal testId="shortcut-sheet" title={lang.t('action.shortcuts')} onEscape={close}>
      <div className="shortcut-sheet">
        {groups.map((group) => (
          <section key={group.name} className="shortcut-sheet__group" data-testid={`shortcuts-${group.name}`}>
            <h3>{group.title}</h3>
            <dl>
              {group.rows.map((row) => (
                <div key={row.id} className="shortcut-sheet__row" data-testid={`shortcut-${row.id}`}>
                  <dt>{row.label}</dt>
                  <dd>
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcut-sheet__or">{lang.t('ui.shortcuts.or')}</span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="files-dialog__buttons">
        <button ref={closeButton} type="button" className="tool" data-testid="shortcut-sheet-close" onClick={close}>
          {lang.t('action.close')}
        </button>
      </div>
    </Modal>
  );
}
