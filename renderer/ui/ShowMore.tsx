/** A long list in a panel renders its first rows; a button shows the rest, or folds them away again. */
import { useState } from 'react';
import { formatNumber } from '../../shared/format/numbers';
import { useLang } from '../i18n/useLang';
import { FIRST_ROWS, shownRows } from './shownRows';

export interface RowBound {
  /** How many rows to render now. */
  readonly shown: number;
  /** How many rows the list renders at most, expanded. */
  readonly limit: number;
  readonly expanded: boolean;
  readonly toggle: () => void;
}

export function useRowBound(total: number, most = Number.POSITIVE_INFINITY): RowBound {
  const [expanded, setExpanded] = useState(false);
  return {
    shown: shownRows(total, expanded, most),
    limit: Math.min(total, most),
    expanded,
    toggle: () => setExpanded((e) => !e),
  };
}

/** "Show 250 more" / "Show fewer"; nothing when every row fits in the first ones. */
export function ShowMoreButton({ bound, controls, testId }: { bound: RowBound; controls: string; testId: string }) {
  const lang = useLang();
  if (bound.limit <= FIRST_ROWS) return null;
  return (
    <button
      type="button"
      className="show-more"
      aria-expanded={bound.expanded}
      aria-controls={controls}
      data-testid={testId}
      data-value={bound.shown}
      onClick={bound.toggle}
    >
      {bound.expanded
        ? lang.t('ui.figures.showFewer')
        : lang.t('ui.figures.showMore', { n: formatNumber(bound.limit - bound.shown, 0, lang.numberLocale) })}
    </button>
  );
}
