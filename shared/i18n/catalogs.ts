/**
 * The catalogs: one JSON file per language under ./locales, flat keys. English action and menu
 * labels live in en.ts (the manifest's typed keys); the English resource is both together.
 */
import type { Resource } from 'i18next';
import { EN } from './en';
import enJson from './locales/en.json' with { type: 'json' };
import zhJson from './locales/zh-CN.json' with { type: 'json' };
import type { Locale } from './locales';

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { ...enJson, ...EN },
  'zh-CN': zhJson,
};

export const RESOURCES: Resource = {
  en: { translation: CATALOGS.en },
  'zh-CN': { translation: CATALOGS['zh-CN'] },
};
