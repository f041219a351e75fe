/** The keys a caller may ask for: every English key, plural suffixes folded into the base key. */
import type { LabelKey } from './en';
import type enJson from './locales/en.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

export type CatalogKey = BaseKey<keyof typeof enJson> | LabelKey;
