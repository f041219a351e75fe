/** The usage text, in the reader's language (the catalog's `cli.usage`). */
import { ENGLISH, type Lang } from '../../shared/i18n/lang';

export function usage(lang: Lang = ENGLISH): string {
  return lang.t('cli.usage');
}

/** The English usage text. */
export const USAGE = usage();
