/**
 * The export dialog for PNG, SVG and the PDF report: the whole plan or the selection, and for
 * pictures the scale (PNG), the optional parts and the colours; for the report the paper.
 */
import { useCallback, useMemo } from 'react';
import { MAX_IMAGE_SIDE, PNG_SCALES } from '../../shared/draw/geometry';
import { subPlan } from '../../shared/edit/subPlan';
import { formatNumber } from '../../shared/format/numbers';
import type { CatalogKey } from '../../shared/i18n/keys';
import type { Lang } from '../../shared/i18n/lang';
import { PAPERS } from '../../shared/publish/pdfPages';
import { useLang } from '../i18n/useLang';
import { usePlan, useUi } from '../store/editorContext';
import { effectiveTheme } from '../store/uiStore';
import type { PictureFormat } from './fileFlows';
import { useFiles, useFilesDocument } from './filesDocument';
import type { PictureChoices } from './filesStore';
import { Modal } from './Modal';
import { exportFrame, pictureOptions } from './pngRender';

/** The picture's optional parts, as the export dialog offers them (`export.include.<part>`). */
const INCLUDE: readonly (keyof Omit<PictureChoices, 'theme'>)[] = [
  'title',
  'date',
  'legend',
  'figures',
  'transparent',
];

const SCOPES = ['plan', 'selection'] as const;
const THEMES = ['light', 'dark'] as const;

/** ` — a large plan: exported at 0.50× …` after the size, when the scale had to come down. */
function cappedText(scale: number, lang: Lang): string {
  return lang.t('export.capped', {
    scale: formatNumber(scale, 2, lang.numberLocale),
    side: formatNumber(MAX_IMAGE_SIDE, 0, lang.numberLocale),
  });
}

function Choice<T extends string | number>({
  label,
  options,
  value,
  testId,
  name,
  onChange,
  disabled = false,
}: {
  label: string;
  options: readonly T[];
  value: T;
  testId: (option: T) => string;
  name: (option: T) => string;
  onChange: (option: T) => void;
  disabled?: boolean;
}) {
  return (
    <div className="files-scale" role="radiogroup" aria-label={label}>
      <span className="files-scale__label">{label}</span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={option === value}
          disabled={disabled}
          className={`files-button${option === value ? ' is-on' : ''}`}
          data-testid={testId(option)}
          onClick={() => onChange(option)}
        >
          {name(option)}
        </button>
      ))}
    </div>
  );
}

function PngSize({ format, selectionOnly }: { format: PictureFormat; selectionOnly: boolean }) {
  const doc = useFilesDocument();
  const scale = useFiles((s) => s.pngScale);
  const picture = useFiles((s) => s.picture);
  const plan = usePlan((s) => s.plan);
  const selection = useUi((s) => s.selection);
  const lang = useLang();
  const frame = useMemo(() => {
    if (format !== 'png') return null;
    const shown = selectionOnly
      ? subPlan(plan, selection, doc.canvas.layoutFor(plan).absolute)
      : plan;
    return shown ? exportFrame(doc, shown, scale, pictureOptions(plan, picture)) : null;
  }, [doc, format, plan, scale, picture, selection, selectionOnly]);
  if (!frame) return null;
  return (
    <p
      className="files-dialog__text"
      data-testid="png-size"
      data-width={frame.width}
      data-height={frame.height}
    >
      {lang.t('export.size', {
        width: formatNumber(frame.width, 0, lang.numberLocale),
        height: formatNumber(frame.height, 0, lang.numberLocale),
      })}
      {frame.capped && cappedText(frame.scale, lang)}
    </p>
  );
}

export function ExportDialog() {
  const { files } = useFilesDocument();
  const format = useFiles((s) => s.exportDialog);
  const scale = useFiles((s) => s.pngScale);
  const picture = useFiles((s) => s.picture);
  const paper = useFiles((s) => s.paper);
  const wantsSelection = useFiles((s) => s.exportSelection);
  const selected = useUi((s) => s.selection.length);
  const screen = useUi((s) => effectiveTheme(s));
  const lang = useLang();
  const close = useCallback(() => files.store.setState({ exportDialog: null }), [files]);
  if (!format) return null;
  const selectionOnly = wantsSelection && selected > 0;
  const setPicture = (change: Partial<PictureChoices>): void =>
    files.store.setState({ picture: { ...picture, ...change } });
  return (
    <Modal testId={`export-${format}-dialog`} title={lang.t(`export.title.${format}` as CatalogKey)} onEscape={close}>
      <p className="files-dialog__text">{lang.t(`export.about.${format}` as CatalogKey)}</p>
      {selected > 0 && (
        <Choice
          label={lang.t('export.scope')}
          options={SCOPES}
          value={selectionOnly ? SCOPES[1] : SCOPES[0]}
          testId={(o) => `export-scope-${o}`}
          name={(o) =>
            o === 'plan'
              ? lang.t('export.whole')
              : lang.t('export.selection', {
                  count: selected,
                  n: formatNumber(selected, 0, lang.numberLocale),
                })
          }
          onChange={(o) => files.store.setState({ exportSelection: o === 'selection' })}
        />
      )}
      {format === 'png' && (
        <Choice
          label={lang.t('export.scale')}
          options={PNG_SCALES}
          value={scale}
          testId={(s) => `png-scale-${s}`}
          name={(s) => lang.t('export.scaleText', { scale: formatNumber(s, 2, lang.numberLocale) })}
          onChange={(s) => files.setPngScale(s)}
        />
      )}
      {format === 'pdf' ? (
        <Choice
          label={lang.t('export.paper')}
          options={PAPERS}
          value={paper}
          testId={(p) => `export-paper-${p}`}
          name={(p) => lang.t(`export.paper.${p}` as CatalogKey)}
          onChange={(p) => files.store.setState({ paper: p })}
        />
      ) : (
        <>
          <fieldset className="files-include" aria-label={lang.t('export.include')}>
            <legend className="files-scale__label">{lang.t('export.include')}</legend>
            {INCLUDE.map((key) => (
              <label key={key} className="files-include__item">
                <input
                  type="checkbox"
                  data-testid={`${format}-include-${key}`}
                  checked={picture[key]}
                  onChange={(e) => setPicture({ [key]: e.target.checked })}
                />
                {lang.t(`export.include.${key}` as CatalogKey)}
              </label>
            ))}
          </fieldset>
          <Choice
            label={lang.t('export.colours')}
            options={THEMES}
            value={picture.theme ?? screen}
            disabled={picture.transparent}
            testId={(t) => `export-theme-${t}`}
            name={(t) => lang.t(`export.theme.${t}` as CatalogKey)}
            onChange={(t) => setPicture({ theme: t })}
          />
        </>
      )}
      <PngSize format={format} selectionOnly={selectionOnly} />
      <div className="files-dialog__buttons">
        <span className="files-dialog__gap" />
        <button
          type="button"
          className="files-button"
          data-testid={`export-${format}-cancel`}
          onClick={close}
        >
          {lang.t('dialog.button.cancel')}
        </button>
        <button
          type="button"
          className="files-button files-button--primary"
          data-testid={`export-${format}-confirm`}
          autoFocus
          onClick={() => {
            close();
            files.exportPicture({ format, scale, selection: selectionOnly });
          }}
        >
          {lang.t('export.confirm')}
        </button>
      </div>
    </Modal>
  );
}
