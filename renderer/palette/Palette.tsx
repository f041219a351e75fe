/** The palette: every kind with its presets, filtered by a search box; drag an item onto the canvas
 * (or click it to add it into the selected node). */
import { useReactFlow } from '@xyflow/react';
import {
  memo,
  useCallback,
  useMemo,
  useState,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { createPortal } from 'react-dom';
import type { Point } from '../../shared/model/nodes';
import { useCanvasDocument } from '../canvas/canvasDocument';
import { KIND_ICON } from '../nodes/icons';
import { addPresetToSelection, startPaletteDrag } from './paletteDrag';
import { filterPalette, presetText, type PalettePreset } from './presets';
import { useLang } from '../i18n/useLang';

type Ghost = { preset: PalettePreset; x: number; y: number } | null;

function overCanvas(client: Point): boolean {
  const element = document.elementFromPoint(client.x, client.y);
  if (!element || element.closest('.react-flow__minimap, .react-flow__controls, .failure-summary'))
    return false;
  return element.closest('.react-flow, .empty-canvas') !== null;
}

const PaletteItem = memo(function PaletteItem({
  preset,
  onPress,
  onAdd,
}: {
  preset: PalettePreset;
  onPress: (preset: PalettePreset, e: ReactPointerEvent) => void;
  onAdd: (preset: PalettePreset) => void;
}) {
  const lang = useLang();
  const text = presetText(preset, lang);
  return (
    <button
      type="button"
      className="palette__item"
      data-testid={`palette-item-${preset.id}`}
      title={lang.t('palette.itemHint', { name: text.label })}
      onPointerDown={(e) => onPress(preset, e)}
      onClick={() => onAdd(preset)}
    >
      <img src={KIND_ICON[preset.kind]} alt="" width={24} height={24} draggable={false} />
      <span className="palette__text">
        <span className="palette__label">{text.label}</span>
        <span className="palette__detail">{text.detail}</span>
      </span>
    </button>
  );
});

export function Palette() {
  const [query, setQuery] = useState('');
  const [ghost, setGhost] = useState<Ghost>(null);
  const flow = useReactFlow();
  const doc = useCanvasDocument();
  const lang = useLang();
  const groups = useMemo(() => filterPalette(query, lang), [query, lang]);

  const toCanvas = useCallback(
    (client: Point) => (overCanvas(client) ? flow.screenToFlowPosition(client) : null),
    [flow],
  );
  const onPress = useCallback(
    (preset: PalettePreset, e: ReactPointerEvent) => {
      if (e.button !== 0) return;
      e.preventDefault();
      startPaletteDrag(doc, preset, e.nativeEvent, { toCanvas, onGhost: setGhost });
    },
    [doc, toCanvas],
  );
  const onAdd = useCallback(
    (preset: PalettePreset) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const centre = pane
        ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }
        : { x: 0, y: 0 };
      addPresetToSelection(doc, preset, flow.screenToFlowPosition(centre));
    },
    [doc, flow],
  );

  return (
    <aside className="palette" data-testid="palette" aria-label={lang.t('palette.title')}>
      <div className="panel-title">{lang.t('palette.title')}</div>
      <input
        className="palette__search"
        type="search"
        placeholder={lang.t('palette.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="palette-search"
        aria-label={lang.t('palette.searchLabel')}
      />
      <div className="palette__groups">
        {groups.map((group) => (
          <section
            key={group.kind}
            className="palette__group"
            data-testid={`palette-group-${group.kind}`}
          >
            <h3>{lang.t(group.titleKey)}</h3>
            {group.presets.map((preset) => (
              <PaletteItem key={preset.id} preset={preset} onPress={onPress} onAdd={onAdd} />
            ))}
          </section>
        ))}
        {groups.length === 0 && <p className="muted">{lang.t('palette.noMatch', { query })}</p>}
      </div>
      {ghost &&
        createPortal(
          <div
            className="drag-ghost"
            style={{ left: ghost.x + 12, top: ghost.y + 12 }}
            data-testid="drag-ghost"
          >
            <img src={KIND_ICON[ghost.preset.kind]} alt="" width={20} height={20} />
            {presetText(ghost.preset, lang).label}
          </div>,
          document.body,
        )}
    </aside>
  );
}
