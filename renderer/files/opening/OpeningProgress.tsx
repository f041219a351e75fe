/** While a plan opens off the main thread: which file, what is happening, and how far it is. */
import type { CatalogKey } from '../../../shared/i18n/keys';
import { useLang } from '../../i18n/useLang';
import { useFiles } from '../filesDocument';
import type { OpenStage } from './openProtocol';
import './opening.css';

const STAGE_TEXT: Readonly<Record<OpenStage, CatalogKey>> = {
  reading: 'files.opening.reading',
  checking: 'files.opening.checking',
  receiving: 'files.opening.receiving',
  drawing: 'files.opening.drawing',
};

export function OpeningProgress() {
  const fileName = useFiles((s) => s.opening?.fileName ?? null);
  const stage = useFiles((s) => s.opening?.progress.stage ?? 'reading');
  // Whole percents: the bar re-renders at most a hundred times however many slices arrive.
  const percent = useFiles((s) =>
    s.opening?.progress.fraction == null ? null : Math.round(s.opening.progress.fraction * 100),
  );
  const lang = useLang();
  if (fileName === null) return null;
  return (
    <div
      className="opening"
      data-testid="opening-progress"
      data-stage={stage}
      role="status"
      aria-live="polite"
    >
      <span className="opening__text">
        {lang.t('files.opening.before')}
        <strong>{fileName}</strong>
        {lang.t('files.opening.after', { stage: lang.t(STAGE_TEXT[stage]) })}
      </span>
      <progress
        className="opening__bar"
        max={100}
        {...(percent === null ? {} : { value: percent })}
        aria-label={lang.t('files.opening.label', { name: fileName })}
      />
    </div>
  );
}
