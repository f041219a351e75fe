/** A headline figure and its change, as people read them (the command line's tables, the Compare view). */
import type { FigureFormat } from '../diff/headline';
import { formatNumber, formatPercent, formatRatio } from './numbers';

/** `—` for a figure the plan does not have. */
export function formatFigure(format: FigureFormat, value: number | null): string {
  if (value === null) return '—';
  if (format === 'ratio') return formatRatio(value);
  if (format === 'percent') return formatPercent(value);
  return formatNumber(value);
}

/** `+2`, `-5`, `+0.7` (a ratio), `+12.5 pts` (a percentage); `` when nothing changed, `—` when unknown. */
export function formatDelta(format: FigureFormat, delta: number | null): string {
  if (delta === null) return '—';
  if (delta === 0) return '';
  const text =
    format === 'percent'
      ? `${formatNumber(delta * 100, 1)} pts`
      : formatNumber(delta, format === 'ratio' ? 1 : 2);
  return delta > 0 && !text.startsWith('-') ? `+${text}` : text;
}
