/**
 * The range of every number a plan holds (issue 13): wide enough for any real machine, narrow
 * enough that no sum, ratio or product in the report can overflow, vanish or print as a
 * 300-digit figure. The loader refuses a value outside (`nodes[3].ramGiB: must be at most
 * 65,536`), the inspector says the same. Documented in docs/file-format.md.
 */

export interface NumberRange {
  /** Smallest value allowed; with `minExclusive`, values must be above it. */
  readonly min: number;
  readonly minExclusive?: boolean;
  readonly max: number;
}

/**
 * The smallest capacity (a thousandth of a core, about a MiB of RAM): every figure that divides
 * by a capacity (ratios, utilisation, DR coverage) stays finite.
 */
export const MIN_CAPACITY = 0.001;

const capacity = (max: number): NumberRange => ({ min: MIN_CAPACITY, max });
const amount = (max: number): NumberRange => ({ min: 0, max });

export const BOUNDS = {
  cpuCores: capacity(4096),
  ramGiB: capacity(65_536),
  vcpu: capacity(768),
  containerCpu: capacity(1024),
  containerRamGiB: capacity(65_536),
  reservedCpuCores: amount(4096),
  reservedRamGiB: amount(65_536),
  /** Canvas coordinates and sizes, in pixels (a 100,000-node layout spans about 10^5). */
  coordinate: { min: -10_000_000, max: 10_000_000 },
  extent: { min: 0, minExclusive: true, max: 10_000_000 },
  viewOffset: { min: -1_000_000_000, max: 1_000_000_000 },
  zoom: { min: 0.001, max: 1000 },
  cpuOvercommitLimit: { min: 0.01, max: 1000 },
  ramOvercommitLimit: { min: 0.01, max: 100 },
  patchCyclesPerYear: amount(365),
  patchHours: amount(8760),
} as const satisfies Readonly<Record<string, NumberRange>>;

export function inRange(value: number, range: NumberRange): boolean {
  const aboveMin = range.minExclusive === true ? value > range.min : value >= range.min;
  return aboveMin && value <= range.max;
}
