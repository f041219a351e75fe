/**
 * The editor's language at start: the planner's choice (View ▸ Language, kept in localStorage
 * like the theme), else the browser's or OS's language (navigator.languages).
 */
import { firstLocale, isLocale, type Locale } from '../../shared/i18n/locales';

export const LANGUAGE_KEY = 'strata.language';

export function storedLanguage(): Locale | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function systemLanguage(): Locale {
  if (typeof navigator === 'undefined') return 'en';
  return firstLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function initialLanguage(): Locale {
  return storedLanguage() ?? systemLanguage();
}

/** Keeps the planner's choice for the next start (the session keeps it if storage is refused). */
export function rememberLanguage(locale: Locale): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode, file:// policies): the choice lasts the session.
  }
}
