/**
 * The editor's words: one i18next instance for the window (react-i18next), switched to the
 * document's language (View ▸ Language) whenever it changes; `<html lang>` follows, so the
 * browser picks CJK fonts and line breaking for Chinese.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../shared/i18n/lang';
import { useUi } from '../store/editorContext';

export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useUi((s) => s.language);
  // Created once for the window, in the language it starts in.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const i18n = useMemo(() => createI18n(language), []);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
