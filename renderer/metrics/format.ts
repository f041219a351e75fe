/**
 * Formatting for display. Nothing here computes a figure, and nothing here has its own rule:
 * numbers read as `strata report` prints them (shared/format/numbers.ts), and every figure of
 * the panel takes its text from shared/format/figures.ts.
 */
import { formatNumber, plural } from '../../shared/format/numbers';
import { formatOs } from '../../shared/format/os';

export { formatNumber, formatOs, plural };
