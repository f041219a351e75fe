/**
 * An importer's warning or refusal in the editor's language: its catalog message (`said`), else
 * the English text it was made with.
 */
import { importFailureText, type ImportFailure, type ImportWarning } from '../../shared/import/types';
import { warningText } from '../../shared/import/messages';
import { useLang } from '../i18n/useLang';

export function WarningText({ warning }: { readonly warning: ImportWarning }): string {
  return warningText(warning, useLang());
}

export function FailureText({ failure }: { readonly failure: ImportFailure }): string {
  return importFailureText(failure, useLang());
}
