/** The editor's language as a Lang (`t` and the locale numbers are written in), for components. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGLISH, langFrom, type Lang } from '../../shared/i18n/lang';
import { isLocale } from '../../shared/i18n/locales';
import type { Action } from '../actions/types';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  // Without a LanguageProvider (a component rendered alone, in a test) the editor speaks English.
  const ready = i18n !== undefined && typeof i18n.t === 'function' && i18n.isInitialized;
  const locale = ready && isLocale(i18n.language) ? i18n.language : 'en';
  return useMemo(() => (ready ? langFrom(i18n, locale) : ENGLISH), [ready, i18n, locale]);
}

/** An action's label in `lang` (an example's is its name, in any language). */
export function actionLabel(action: Action, lang: Lang): string {
  return action.labelKey ? lang.t(action.labelKey) : action.label;
}

/** An action's tooltip in `lang`: its hint, else its label. */
export function actionHint(action: Action, lang: Lang): string {
  return action.hintKey ? lang.t(action.hintKey) : actionLabel(action, lang);
}
