/**
 * The export dialog for PNG, SVG and the PDF report: the whole plan or the selection, and for
 * pictures the scale (PNG), the optional parts and the colours; for the report the paper.
 */
import { useCallback, useMemo } from 'react';
import { MAX_IMAGE_SIDE, PNG_SCALES } from '../../shared/draw/geometry';
import { subPlan } from '../../shared/edit/subPlan';
import { PAPERS, type Paper } from '../../shared/publish/pdfPages';
import { usePlan, useUi } from '../store/editorContext';
import { effectiveTheme } from '../store/uiStore';
import type { PictureFormat } from './fileFlows';
import { useFiles, useFilesDocument } from './filesDocument';
import type { PictureChoices } from './filesStore';
import { Modal } from './Modal';
import { exportFrame, pictureOptions } from './pngRender';

/** The dialog's words, in one place. */
const TEXT = {
  title: { png: 'Export PNG', svg: 'Export SVG', pdf: 'Export Report (PDF)' },
  about: {
    png: 'An image with the plan inside it: opening the PNG in Strata gives the editable plan back.',
    svg: 'A vector drawing with names as text and the plan inside it: opening the SVG in Strata gives the editable plan back.',
    pdf: 'The planning report: the diagram, every figure with its meaning, HA per cluster, disaster recovery, the five worst failures and the issues.',
  },
  scope: 'Export',
  whole: 'Whole plan',
  selection: (n: number) => `Selection (${n} ${n === 1 ? 'card' : 'cards'} and what they hold)`,
  scale: 'Scale',
  include: 'Include',
  colours: 'Colours',
  light: 'Light',
  dark: 'Dark',
  paper: 'Paper',
  papers: { a4: 'A4', letter: 'Letter' } satisfies Record<Paper, string>,
  cancel: 'Cancel',
  confirm: 'Export',
  capped: (scale: number) =>
    ` — a large plan: exported at ${scale.toFixed(2)}× so that no side passes ${MAX_IMAGE_SIDE.toLocaleString('en-US')} px`,
} as const;

/** The picture's optional parts, as the export dialog offers them. */
const INCLUDE: readonly [keyof Omit<PictureChoices, 'theme'>, string][] = [
  ['title', 'Title'],
  ['date', 'Date'],
  ['legend', 'Legend'],
  ['figures', 'Figures summary'],
  ['transparent', 'Transparent background'],
];

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
      {frame.width.toLocaleString('en-US')} × {frame.height.toLocaleString('en-US')} px
      {frame.capped && TEXT.capped(frame.scale)}
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
  const close = useCallback(() => files.store.setState({ exportDialog: null }), [files]);
  if (!format) return null;
  const selectionOnly = wantsSelection && selected > 0;
  const setPicture = (change: Partial<PictureChoices>): void =>
    files.store.setState({ picture: { ...picture, ...change } });
  return (
    <Modal testId={`export-${format}-dialog`} title={TEXT.title[format]} onEscape={close}>
      <p className="files-dialog__text">{TEXT.about[format]}</p>
      {selected > 0 && (
        <Choice
          label={TEXT.scope}
          options={['plan', 'selection'] as const}
          value={selectionOnly ? 'selection' : 'plan'}
          testId={(o) => `export-scope-${o}`}
          name={(o) => (o === 'plan' ? TEXT.whole : TEXT.selection(selected))}
          onChange={(o) => files.store.setState({ exportSelection: o === 'selection' })}
        />
      )}
      {format === 'png' && (
        <Choice
          label={TEXT.scale}
          options={PNG_SCALES}
          value={scale}
          testId={(s) => `png-scale-${s}`}
          name={(s) => `${s}×`}
          onChange={(s) => files.setPngScale(s)}
        />
      )}
      {format === 'pdf' ? (
        <Choice
          label={TEXT.paper}
          options={PAPERS}
          value={paper}
          testId={(p) => `export-paper-${p}`}
          name={(p) => TEXT.papers[p]}
          onChange={(p) => files.store.setState({ paper: p })}
        />
      ) : (
        <>
          <fieldset className="files-include" aria-label={TEXT.include}>
            <legend className="files-scale__label">{TEXT.include}</legend>
            {INCLUDE.map(([key, name]) => (
              <label key={key} className="files-include__item">
                <input
                  type="checkbox"
                  data-testid={`${format}-include-${key}`}
                  checked={picture[key]}
                  onChange={(e) => setPicture({ [key]: e.target.checked })}
                />
                {name}
              </label>
            ))}
          </fieldset>
          <Choice
            label={TEXT.colours}
            options={['light', 'dark'] as const}
            value={picture.theme ?? screen}
            disabled={picture.transparent}
            testId={(t) => `export-theme-${t}`}
            name={(t) => TEXT[t]}
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
          {TEXT.cancel}
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
          {TEXT.confirm}
        </button>
      </div>
    </Modal>
  );
}
