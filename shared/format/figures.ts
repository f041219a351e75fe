/** A headline figure and its change, as people read them (the command line's tables, the Compare view). */
import type { FigureFormat } from '../diff/headline';
import { ENGLISH, type Lang } from '../i18n/lang';
import { formatNumber, formatPercent, formatRatio } from './numbers';

/** `—` for a figure the plan does not have. */
export function formatFigure(format: FigureFormat, value: number | null, lang: Lang = ENGLISH): string {
  if (value === null) return '—';
  if (format === 'ratio') return formatRatio(value, lang.numberLocale);
  if (format === 'percent') return formatPercent(value, lang.numberLocale);
  return formatNumber(value, 2, lang.numberLocale);
}

/** `+2`, `-5`, `+0.7` (a ratio), `+12.5 pts` (a percentage); `` when nothing changed, `—` when unknown. */
export function formatDelta(format: FigureFormat, delta: number | null, lang: Lang = ENGLISH): string {
  if (delta === null) return '—';
  if (delta === 0) return '';
  const text =
    format === 'percent'
      ? lang.t('headline.points', { delta: formatNumber(delta * 100, 1, lang.numberLocale) })
      : formatNumber(delta, format === 'ratio' ? 1 : 2, lang.numberLocale);
  return delta > 0 && !text.startsWith('-') ? `+${text}` : text;
}
