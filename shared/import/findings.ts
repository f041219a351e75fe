/** Collects an importer's warnings and the counts of rows skipped or kept on purpose. */
import { ENGLISH } from '../i18n/lang';
import { formatMessage, type Message } from '../i18n/message';
import type { ImportWarning } from './types';

export class Findings {
  readonly warnings: ImportWarning[] = [];
  readonly skipped: Record<string, number> = {};
  readonly included: Record<string, number> = {};

  constructor(readonly file: string) {}

  /** A warning about a row that is then skipped, counted as `invalid` unless another reason is given. */
  skipRow(row: number | null, column: string | null, said: Message, reason = 'invalid'): void {
    this.warn(row, column, said);
    this.skip(reason);
  }

  /** The warning in English (`message`, as --json has it) and as a catalog message (`said`). */
  warn(row: number | null, column: string | null, said: Message): void {
    this.warnings.push({ file: this.file, row, column, message: formatMessage(ENGLISH, said), said });
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
