/**
 * The editor's language for code below the React tree's LanguageProvider: toasts composed in
 * commands and actions (`uiLang(doc)`), and the canvas cards (`useUiLang()`), which read the
 * language straight from the ui store — one narrow subscription, cheaper than i18next's hook
 * in each of thousands of cards.
 */
import { langOf, type Lang } from '../../shared/i18n/lang';
import { useUi } from './editorContext';
import type { UiStores } from './uiStore';

export function uiLang({ ui }: Pick<UiStores, 'ui'>): Lang {
  return langOf(ui.getState().language);
}

export function useUiLang(): Lang {
  return langOf(useUi((s) => s.language));
}
