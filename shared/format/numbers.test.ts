import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRatio, plural } from './numbers';

describe('number formatting', () => {
  it('writes a ratio with one decimal and no trailing .0', () => {
    expect(formatRatio(12.5)).toBe('12.5 : 1');
    expect(formatRatio(8)).toBe('8 : 1');
    expect(formatRatio(8 / 3)).toBe('2.7 : 1');
    expect(formatRatio(1)).toBe('1 : 1');
    expect(formatRatio(null)).toBe('n/a');
  });

  it('rounds to at most two decimals with thousands separators', () => {
    expect(formatNumber(138)).toBe('138');
    expect(formatNumber(11.75)).toBe('11.75');
    expect(formatNumber(13.349)).toBe('13.35');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  it('never shows a fraction just under 1 as 100%', () => {
    expect(formatPercent(1.263)).toBe('126.3%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.9999)).toBe('99.9%');
    expect(formatPercent(0.29)).toBe('29%');
    expect(formatPercent(0.40625)).toBe('40.6%');
    expect(formatPercent(-0.5)).toBe('-50%');
  });

  it('counts with the right plural', () => {
    expect(plural(1, 'workload')).toBe('1 workload');
    expect(plural(0, 'workload')).toBe('0 workloads');
    expect(plural(3, 'VM')).toBe('3 VMs');
  });
});
