/**
 * View ▸ Language in the page: the manifest's language actions (`view-language-*`) as a small
 * toolbar menu, the desktop menu's View ▸ Language items for a window without a menu bar.
 */
import { useCallback, useRef, useState } from 'react';
import { ACTION_MANIFEST } from '../../shared/actions/manifest';
import { useActionDocument } from '../actions/actionDocument';
import { getAction, performAction } from '../actions/registry';
import type { ActionState } from '../actions/types';
import { actionLabel, useLang } from '../i18n/useLang';
import { useDismiss } from '../ui/useDismiss';

const LANGUAGE_ACTIONS = ACTION_MANIFEST.filter((spec) => spec.id.startsWith('view-language-')).map((spec) => spec.id);

export function LanguageMenu({ state }: { state: ActionState }) {
  const doc = useActionDocument();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const dismiss = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, dismiss);
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
