/**
 * View ▸ Language in the page: the manifest's language actions (`view-language-*`) as a small
 * toolbar menu, the desktop menu's View ▸ Language items for a window without a menu bar.
 */
import { useEffect, useRef, useState } from 'react';
import { ACTION_MANIFEST } from '../../shared/actions/manifest';
import { useActionDocument } from '../actions/actionDocument';
import { getAction, performAction } from '../actions/registry';
import type { ActionState } from '../actions/types';
import { actionLabel, useLang } from '../i18n/useLang';

const LANGUAGE_ACTIONS = ACTION_MANIFEST.filter((spec) => spec.id.startsWith('view-language-')).map((spec) => spec.id);

export function LanguageMenu({ state }: { state: ActionState }) {
  const doc = useActionDocument();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const close = (e: PointerEvent): void => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="tool"
        data-testid="language-button"
        aria-expanded={open}
        aria-label={lang.t('ui.language.menu')}
        title={lang.t('action.languageHint')}
        onClick={() => setOpen(!open)}
      >
        <span>{lang.t('ui.language.short')}</span>
      </button>
      {open && (
        <div className="menu__list menu__list--end" data-testid="language-menu" role="menu">
          {LANGUAGE_ACTIONS.map((id) => {
            const action = getAction(id);
            if (!action) return null;
            return (
              <button
                key={id}
                type="button"
                role="menuitemradio"
                aria-checked={action.checked?.(state) ?? false}
                data-testid={`action-${id}`}
                onClick={() => {
                  setOpen(false);
                  performAction(id, { source: 'toolbar', doc });
                }}
              >
                <span className="menu__title">{actionLabel(action, lang)}</span>
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
