/** Number formatting for people (the command line's summary, the app's panels). JSON carries raw numbers; only text rounds. */

const formatters = new Map<number, Intl.NumberFormat>();

/** `1234.567` → `1,234.57` (at most `maxDecimals`, trailing zeros dropped). */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'n/a';
  let formatter = formatters.get(maxDecimals);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals });
    formatters.set(maxDecimals, formatter);
  }
  // Avoid "-0" for tiny negatives that round to zero.
  const text = formatter.format(value);
  return text === '-0' ? '0' : text;
}

/** A consolidation ratio: `12.5 : 1`, `8 : 1`; an absent ratio (no servers) is `n/a`. */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? 'n/a' : `${formatNumber(ratio, 1)} : 1`;
}

/**
 * A fraction as a percentage with one decimal, truncated rather than rounded so that a value
 * just under 1 never reads as 100% (DR coverage 0.9996 is not ready).
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return formatNumber(fraction);
  const tenths = Math.trunc(fraction * 1000 + (fraction >= 0 ? 1e-9 : -1e-9));
  return `${formatNumber(tenths / 10, 1)}%`;
}

/** `1 workload`, `3 workloads`, `1 service`; irregular plurals passed in. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
