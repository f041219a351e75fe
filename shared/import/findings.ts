/** Collects an importer's warnings and the counts of rows skipped or kept on purpose. */
import type { ImportWarning } from './types';

export class Findings {
  readonly warnings: ImportWarning[] = [];
  readonly skipped: Record<string, number> = {};
  readonly included: Record<string, number> = {};

  constructor(readonly file: string) {}

  /** A warning about a row that is then skipped, counted as `invalid` unless another reason is given. */
  skipRow(row: number | null, column: string | null, message: string, reason = 'invalid'): void {
    this.warnings.push({ file: this.file, row, column, message });
    this.skip(reason);
  }

  warn(row: number | null, column: string | null, message: string): void {
    this.warnings.push({ file: this.file, row, column, message });
  }

  skip(reason: string, count = 1): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
  }

  include(reason: string, count = 1): void {
    this.included[reason] = (this.included[reason] ?? 0) + count;
  }
}

export function sumCounts(
  ...counts: readonly Readonly<Record<string, number>>[]
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of counts) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
  return out;
}
