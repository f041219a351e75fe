/**
 * View ▸ Language in the page: the manifest's language actions (`view-language-*`) as a small
 * toolbar menu, the desktop menu's View ▸ Language items for a window without a menu bar.
 */
import { ACTION_MANIFEST } from '../../shared/actions/manifest';
import { useActionDocument } from '../actions/actionDocument';
import { getAction, performAction } from '../actions/registry';
import type { ActionState } from '../actions/types';
import { actionLabel, useLang } from '../i18n/useLang';
import { ToolbarMenu } from '../ui/ToolbarMenu';

const LANGUAGE_ACTIONS = ACTION_MANIFEST.filter((spec) => spec.id.startsWith('view-language-')).map((spec) => spec.id);

export function LanguageMenu({ state }: { state: ActionState }) {
  const doc = useActionDocument();
  const lang = useLang();
  return (
    <ToolbarMenu
      buttonTestId="language-button"
      listTestId="language-menu"
      listClassName="menu__list--end"
      ariaLabel={lang.t('ui.language.menu')}
      title={lang.t('action.languageHint')}
      face={<span>{lang.t('ui.language.short')}</span>}
    >
      {(close) =>
        LANGUAGE_ACTIONS.map((id) => {
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
                close();
                performAction(id, { source: 'toolbar', doc });
              }}
            >
              <span className="menu__title">{actionLabel(action, lang)}</span>
            </button>
          );
        })
      }
    </ToolbarMenu>
  );
}
