/**
 * The import dialog's words built outside JSX: what was included or skipped (`1 template, 3
 * powered-off VMs and guests`) and where a warning is (`file.xlsx row 32, Host`), in the editor's
 * language. The warnings' own messages come from shared/import as they are.
 */
import { describeCounts } from '../../shared/import/summary';
import { formatNumber } from '../../shared/format/numbers';
import type { CatalogKey } from '../../shared/i18n/keys';
import type { Lang } from '../../shared/i18n/lang';
import type { ImportResult } from '../../shared/import/types';

/** The counts the catalogs name (`import.count.<key>`); shared/import/summary.ts's COUNT_LABEL in English. */
const COUNTED = new Set([
  'templates',
  'srmPlaceholders',
  'poweredOff',
  'missingHost',
  'invalid',
  'duplicates',
  'profiles',
  'scaledToZero',
  'otherTypes',
  'otherKinds',
  'ownedByWorkload',
  'finishedPods',
  'unscheduled',
  'missingParent',
]);

/** Every count above zero with its noun, joined the language's way; '' when there is none. */
export function countsText(counts: Readonly<Record<string, number>>, lang: Lang): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) =>
      COUNTED.has(key)
        ? lang.t(`import.count.${key}` as CatalogKey, {
            count: n,
            n: formatNumber(n, 0, lang.numberLocale),
          })
        : (describeCounts({ [key]: n })[0] ?? key),
    );
  return parts.join(lang.t('import.listSep'));
}

type Warning = Extract<ImportResult, { ok: true }>['warnings'][number];

/** `file.xlsx row 32, Host`: the file, the row and the column a warning is about. */
export function warningPlace(w: Warning, lang: Lang): string {
  if (w.row === null && w.column === null) return w.file;
  if (w.row === null) return lang.t('import.place.column', { file: w.file, column: w.column ?? '' });
  if (w.column === null) return lang.t('import.place.row', { file: w.file, row: w.row });
  return lang.t('import.place.rowColumn', { file: w.file, row: w.row, column: w.column });
}
