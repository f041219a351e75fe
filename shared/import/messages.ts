/** An importer's warning in the reader's language: its catalog message, else its English text. */
import type { Lang } from '../i18n/lang';
import { formatMessage } from '../i18n/message';
import type { ImportWarning } from './types';

export function warningText(warning: ImportWarning, lang: Lang): string {
  return warning.said === undefined ? warning.message : formatMessage(lang, warning.said);
}
