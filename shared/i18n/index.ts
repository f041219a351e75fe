/** The i18n stack: languages, catalogs, the Lang value and messages (see docs/i18n.md). */
export { EN, label, type LabelKey } from './en';
export type { CatalogKey } from './keys';
export { CATALOGS } from './catalogs';
export { ENGLISH, createI18n, langFrom, langOf, type Lang, type MessageParams } from './lang';
export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, firstLocale, isLocale, matchLocale, type Locale } from './locales';
export { formatMessage, message, type Message } from './message';
