/**
 * The handle between a panel and the canvas: drag it to resize the panel, or focus it and press
 * the arrow keys (Shift: further), Home/End for the limits, Enter to collapse or expand. The
 * button on it collapses and expands the panel too.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useLang } from '../i18n/useLang';
import { PANEL_LIMITS, RESIZE_STEP, type PanelSide, type PanelState } from './panelLayout';

interface Props {
  readonly side: PanelSide;
  readonly state: PanelState;
  readonly change: (change: Partial<PanelState>) => void;
}

export function PanelResizer({ side, state, change }: Props) {
  const { t } = useLang();
  const toggleText = t(state.collapsed ? `ui.panel.show.${side}` : `ui.panel.hide.${side}`);
  const start = useRef<{ x: number; width: number } | null>(null);
  // The palette grows to the right, the sidebar to the left.
  const sign = side === 'palette' ? 1 : -1;
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (state.collapsed || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { x: e.clientX, width: state.width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current)
      change({ width: start.current.width + sign * (e.clientX - start.current.x) });
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? RESIZE_STEP * 4 : RESIZE_STEP;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => change({ width: state.width - sign * step, collapsed: false }),
      ArrowRight: () => change({ width: state.width + sign * step, collapsed: false }),
      Home: () => change({ width: PANEL_LIMITS[side].min, collapsed: false }),
      End: () => change({ width: PANEL_LIMITS[side].max, collapsed: false }),
      Enter: () => change({ collapsed: !state.collapsed }),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    e.stopPropagation();
    act();
  };
  const expandArrow = side === 'palette' ? '›' : '‹';
  const collapseArrow = side === 'palette' ? '‹' : '›';
  return (
    <div
      className={`panel-resizer panel-resizer--${side}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={t(`ui.panel.resize.${side}`)}
      aria-valuemin={PANEL_LIMITS[side].min}
      aria-valuemax={PANEL_LIMITS[side].max}
      aria-valuenow={state.collapsed ? 0 : state.width}
      tabIndex={0}
      data-testid={`${side}-resizer`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="panel-resizer__toggle"
        data-testid={`${side}-toggle`}
        aria-label={toggleText}
        aria-expanded={!state.collapsed}
        title={toggleText}
        onPointerDown={(e) => e.stopPropagation()}
        onClick={() => change({ collapsed: !state.collapsed })}
      >
        {state.collapsed ? expandArrow : collapseArrow}
      </button>
    </div>
  );
}
