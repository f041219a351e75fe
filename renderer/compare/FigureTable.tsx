/**
 * Two scenarios' headline figures side by side with the change, green when better and red when
 * worse, and the word (shared/diff/comparison.ts, the rows of `strata diff`): the Compare view's
 * table, and the before/after of Plan ▸ Consolidate….
 */
import type { ComparedFigure } from '../../shared/diff/comparison';
import { useLang } from '../i18n/useLang';

export function FigureTable({
  fromName,
  toName,
  figures,
  rowTestId,
}: {
  fromName: string;
  toName: string;
  figures: readonly ComparedFigure[];
  /** `<rowTestId>-<figure key>` on each row, with the raw change in `data-delta`. */
  rowTestId: string;
}) {
  const { t } = useLang();
  return (
    <table className="compare__figures">
      <thead>
        <tr>
          <th />
          <th>{fromName}</th>
          <th>{toName}</th>
          <th>{t('ui.compare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.key} data-testid={`${rowTestId}-${f.key}`} data-delta={f.delta ?? ''}>
            <th scope="row">{f.label}</th>
            <td>{f.fromText}</td>
            <td>{f.toText}</td>
            <td
              className={`compare__delta compare__delta--${f.verdict}`}
              title={f.verdictText || undefined}
            >
              {f.deltaText}
              {f.verdictText ? <span className="compare__verdict"> {f.verdictText}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
