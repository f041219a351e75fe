/**
 * Two scenarios' headline figures side by side with the change, green when better and red when
 * worse (shared/diff/headline.ts, the rows of `strata diff`): the Compare view's table, and the
 * before/after of Plan ▸ Consolidate….
 */
import { HEADLINE_FIGURES, verdict } from '../../shared/diff/headline';
import { formatDelta, formatFigure } from '../../shared/format/figures';

export function FigureTable({
  fromName,
  toName,
  from,
  to,
  rowTestId,
}: {
  fromName: string;
  toName: string;
  /** The values of HEADLINE_FIGURES, in its order (`headlineValues`). */
  from: readonly (number | null)[];
  to: readonly (number | null)[];
  /** `<rowTestId>-<figure key>` on each row, with the raw change in `data-delta`. */
  rowTestId: string;
}) {
  return (
    <table className="compare__figures">
      <thead>
        <tr>
          <th />
          <th>{fromName}</th>
          <th>{toName}</th>
          <th>Change</th>
        </tr>
      </thead>
      <tbody>
        {HEADLINE_FIGURES.map((fig, i) => {
          const a = from[i] ?? null;
          const b = to[i] ?? null;
          const delta = a === null || b === null ? null : a === b ? 0 : b - a;
          const v = verdict(fig, a, b);
          return (
            <tr key={fig.key} data-testid={`${rowTestId}-${fig.key}`} data-delta={delta ?? ''}>
              <th scope="row">{fig.label}</th>
              <td>{formatFigure(fig.format, a)}</td>
              <td>{formatFigure(fig.format, b)}</td>
              <td className={`compare__delta compare__delta--${v}`}>
                {formatDelta(fig.format, delta)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
