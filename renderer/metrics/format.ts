/**
 * Formatting of the engine's figures for display. Nothing here computes a figure; numbers are
 * formatted as the command line formats them (shared/format/numbers.ts).
 */
import { formatNumber, plural } from '../../shared/format/numbers';
import { formatOs } from '../../shared/format/os';

export { formatNumber, formatOs, plural };

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

