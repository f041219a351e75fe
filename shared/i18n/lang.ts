/**
 * The active language as one value: its catalog lookup `t` and the locale numbers are formatted
 * for. Pure (i18next core only, no DOM or Node), so the CLI, the main process, the renderer and
 * the exports all translate through the same function. Build one per language and pass it down;
 * nothing here is a global.
 */
import i18next, { type i18n } from 'i18next';
import { RESOURCES } from './catalogs';
import type { CatalogKey } from './keys';
import { DEFAULT_LOCALE, type Locale } from './locales';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Lang {
  readonly locale: Locale;
  /** The BCP 47 tag Intl formats numbers with (`en-US` for English, so output stays as it was). */
  readonly numberLocale: string;
  /** The catalog's text for `key`, with `params` interpolated and `count` choosing the plural. */
  t(key: CatalogKey, params?: MessageParams): string;
}

const NUMBER_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-US', 'zh-CN': 'zh-CN' };

/** A fresh, synchronously initialised i18next instance for `locale` (English as the fallback). */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources: RESOURCES,
    initAsync: false,
    // Keys are flat (`action.save`, `issue.placement.where`): dots are part of the key.
    keySeparator: false,
    nsSeparator: false,
    // React escapes what it renders; the CLI and the exports print plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function langFrom(instance: i18n, locale: Locale): Lang {
  return {
    locale,
    numberLocale: NUMBER_LOCALE[locale],
    t: (key, params) => instance.t(key, params ?? {}) as string,
  };
}

const cache = new Map<Locale, Lang>();

/** The Lang of a locale, built once per locale (an i18next instance is not cheap to make). */
export function langOf(locale: Locale): Lang {
  let lang = cache.get(locale);
  if (!lang) {
    lang = langFrom(createI18n(locale), locale);
    cache.set(locale, lang);
  }
  return lang;
}

/** English, the language of machine-facing defaults (report JSON messages, tests). */
export const ENGLISH: Lang = langOf(DEFAULT_LOCALE);
