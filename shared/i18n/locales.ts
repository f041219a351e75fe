/** The languages Strata speaks, and how a system or browser language tag maps to one of them. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The name of each language in itself, for the View ▸ Language menu. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * `zh_CN.UTF-8`, `zh-Hans-CN`, `zh-SG`, `zh` → zh-CN; `en_GB.UTF-8`, `C`, `POSIX`, anything else →
 * English. Traditional Chinese tags (zh-TW, zh-HK, zh-Hant) stay English rather than show
 * Simplified characters to readers of Traditional ones.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const clean = tag.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  if (clean === 'zh' || clean.startsWith('zh-')) {
    if (/^zh-(tw|hk|mo|hant)/.test(clean)) return DEFAULT_LOCALE;
    return 'zh-CN';
  }
  return DEFAULT_LOCALE;
}

/** The first non-empty tag, matched (POSIX order: LC_ALL, then LC_MESSAGES, then LANG; `C` is English). */
export function firstLocale(tags: readonly (string | null | undefined)[]): Locale {
  return matchLocale(tags.find((tag) => tag !== undefined && tag !== null && tag !== ''));
}
