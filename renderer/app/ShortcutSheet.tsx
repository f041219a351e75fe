/** The keyboard shortcut sheet (`?`, Help ▸ Keyboard Shortcuts): the manifest's keys, by menu. */
import { useEffect, useMemo, useRef } from 'react';
import { label } from '../../shared/i18n/en';
import { shortcutSheet } from '../../shared/actions/shortcutSheet';
import { currentPlatform } from '../actions/bindAction';
import { useEditor, useUi } from '../store/editorContext';
import { Modal } from '../files/Modal';

const CLOSE = 'Close';

export function ShortcutSheet() {
  const open = useUi((s) => s.shortcutsOpen);
  return open ? <Sheet /> : null;
}

function Sheet() {
  const doc = useEditor();
  const groups = useMemo(() => shortcutSheet(currentPlatform()), []);
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
    <Modal testId="shortcut-sheet" title={label('action.shortcuts')} onEscape={close}>
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
                        {i > 0 && <span className="shortcut-sheet__or"> or </span>}
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
          {CLOSE}
        </button>
      </div>
    </Modal>
  );
}
