/**
 * Numbers as inventories write them: spreadsheet cells are numbers already, CSV cells are text in
 * the exporting machine's locale (`16384`, `16,384`, `16.384`, `16 384`, `1,5`), Kubernetes
 * quantities (`250m`, `512Mi`, `1Gi`) and Docker sizes (`512m`, `1g`, `4G`, binary as Docker reads them).
 */

const GROUPED = /^\d{1,3}([.,' \u00a0\u202f])\d{3}(\1\d{3})*$/;

/**
 * A number from a cell, or null when it is none. Digit groups (`16,384`, `16.384`, `16 384`) are
 * thousands; otherwise a lone `,` or `.` is the decimal mark (`1,5`, `1.5`); with both, the last
 * one is (`1.234,5`, `1,234.5`).
 */
export function parseCellNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim();
  if (text === '') return null;
  if (GROUPED.test(text)) return Number(text.replace(/[^\d]/g, ''));
  text = text.replace(/[\s\u00a0\u202f']/g, '');
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    const decimal = comma > dot ? ',' : '.';
    const group = decimal === ',' ? /\./g : /,/g;
    text = text.replace(group, '').replace(decimal, '.');
  } else if (comma >= 0) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

const GIB = 1024 ** 3;

const K8S_BINARY: Readonly<Record<string, number>> = {
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  Pi: 1024 ** 5,
  Ei: 1024 ** 6,
};
const K8S_DECIMAL: Readonly<Record<string, number>> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/** A Kubernetes quantity (`250m`, `0.5`, `512Mi`, `1Gi`, `1e3`) as a plain number, or null. */
export function parseK8sQuantity(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m =
    /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?\s*$/.exec(
      value,
    );
  if (!m) return null;
  const unit = m[2] ?? '';
  const factor = K8S_BINARY[unit] ?? K8S_DECIMAL[unit];
  if (factor === undefined) return null;
  const n = Number(m[1]) * factor;
  return Number.isFinite(n) ? n : null;
}

export function bytesToGiB(bytes: number): number {
  return bytes / GIB;
}

const DOCKER_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
};

/** A Docker/Compose byte size (`512m`, `1g`, `256M`, `4GB`, or a number of bytes), or null. */
export function parseDockerBytes(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+\.?\d*|\.\d+)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!m) return null;
  const factor = DOCKER_UNITS[(m[2] ?? '').toLowerCase()];
  return factor === undefined ? null : Number(m[1]) * factor;
}

/** A CPU count as Compose writes it (`0.5`, `"2"`, 1.5), or null. */
export function parseCpus(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !/^\s*(\d+\.?\d*|\.\d+)\s*$/.test(value)) return null;
  return Number(value);
}

/** Rounds to at most `decimals` places, so that 16384 MiB / 1024 stays 16 and 1.33333 stays short. */
export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
