/** Formatting of the engine's figures for display. Nothing here computes a figure. */

// One formatter per precision: creating one per call (toLocaleString) is slow on large plans.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  let formatter = formatters.get(maxDecimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals });
    formatters.set(maxDecimals, formatter);
  }
  return formatter.format(Number(value.toFixed(maxDecimals)));
}

/** A ratio as "N : 1"; "—" when the engine has none (no servers). */
export function formatRatio(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value, 1)} : 1`;
}

export function formatOptional(value: number | null, maxDecimals = 1): string {
  return value === null ? '—' : formatNumber(value, maxDecimals);
}

export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100, 0)}%`;
}

export function formatHours(value: number): string {
  return `${formatNumber(value, 1)} h`;
}

export function formatGiB(value: number): string {
  return `${formatNumber(value, 1)} GiB`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}
