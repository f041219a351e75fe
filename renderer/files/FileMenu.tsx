/**
 * The toolbar's File menu: the manifest's page-menu actions (open, save and export) in their
 * groups, each a registered action performed by id.
 */
import './files.css';
import { useEffect, useRef, useState } from 'react';
import { ACTION_MANIFEST } from '../../shared/actions/manifest';
import { useActionState } from '../actions/actionState';
import { shortcutFor } from '../actions/bindAction';
import { shortcutLabel } from '../actions/keyboard';
import { useActionDocument } from '../actions/actionDocument';
import { getAction, performAction } from '../actions/registry';
import { Icon } from '../app/icons';
import { usePlan } from '../store/editorContext';
import { actionLabel, useLang } from '../i18n/useLang';
import { useFiles } from './filesDocument';

const ITEMS: readonly (readonly string[])[] = (() => {
  const groups = new Map<number, string[]>();
  for (const spec of ACTION_MANIFEST) {
    if ('pageMenu' in spec) groups.set(spec.pageMenu.group, [...(groups.get(spec.pageMenu.group) ?? []), spec.id]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, ids]) => ids);
})();

export function FileMenu() {
  const doc = useActionDocument();
  const lang = useLang();
  const state = useActionState();
  const fileName = useFiles((s) => s.fileName);
  const othersDirty = useFiles((s) => s.othersDirty);
  const dirty = usePlan((s) => s.dirty) || othersDirty;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const close = (e: PointerEvent): void => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="tool"
        data-testid="file-menu-button"
        aria-expanded={open}
        aria-haspopup="menu"
        disabled={state.gestureActive}
        onClick={() => setOpen(!open)}
      >
        <span>{lang.t('ui.file.menu')}</span>
        <Icon name="chevron" />
      </button>
      {open && (
        <div className="menu__list files-menu" data-testid="file-menu" role="menu">
          <div className="files-menu__document" data-testid="document-file">
            {fileName ?? lang.t('ui.file.notSaved')}
            {dirty ? lang.t('ui.file.unsaved') : ''}
          </div>
          {ITEMS.map((group) => (
            <div key={group[0]} className="files-menu__group">
              {group.map((id) => {
                const action = getAction(id);
                if (!action) return null;
                return (
                  <button
                    key={id}
                    type="button"
                    role="menuitem"
                    data-testid={`action-${id}`}
                    disabled={!action.enabled(state)}
                    onClick={() => {
                      setOpen(false);
                      performAction(id, { source: 'toolbar', doc });
                    }}
                  >
                    <span className="menu__title">{actionLabel(action, lang)}</span>
                    <span className="menu__detail">{shortcutLabel(shortcutFor(id))}</span>
                  </button>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
