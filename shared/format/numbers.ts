/** Number formatting for people (the command line's summary, the app's panels). JSON carries raw numbers; only text rounds. */

const formatters = new Map<string, Intl.NumberFormat>();

/** The locale numbers are written in unless a caller passes the reader's (a Lang's `numberLocale`). */
export const DEFAULT_NUMBER_LOCALE = 'en-US';

/** `1234.567` → `1,234.57` (at most `maxDecimals`, trailing zeros dropped), in `locale`'s digits and grouping. */
export function formatNumber(value: number, maxDecimals = 2, locale = DEFAULT_NUMBER_LOCALE): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'n/a';
  const cacheKey = `${locale}|${maxDecimals}`;
  let formatter = formatters.get(cacheKey);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals });
    formatters.set(cacheKey, formatter);
  }
  // Avoid "-0" for tiny negatives that round to zero.
  const text = formatter.format(value);
  return text === '-0' ? '0' : text;
}

/** A consolidation ratio: `12.5 : 1`, `8 : 1`; an absent ratio (no servers) is `n/a`. */
export function formatRatio(ratio: number | null, locale = DEFAULT_NUMBER_LOCALE, none = 'n/a'): string {
  return ratio === null ? none : `${formatNumber(ratio, 1, locale)} : 1`;
}

/**
 * A fraction as a percentage with one decimal, truncated rather than rounded so that a value
 * just under 1 never reads as 100% (DR coverage 0.9996 is not ready).
 */
export function formatPercent(fraction: number, locale = DEFAULT_NUMBER_LOCALE): string {
  if (!Number.isFinite(fraction)) return formatNumber(fraction, 2, locale);
  const tenths = Math.trunc(fraction * 1000 + (fraction >= 0 ? 1e-9 : -1e-9));
  return `${formatNumber(tenths / 10, 1, locale)}%`;
}

/** `1 workload`, `3 workloads`, `1 service`; irregular plurals passed in. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
