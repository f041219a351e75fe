/**
 * The canvas's minimap, drawn on a <canvas> from the plan's layout rather than from React Flow's
 * nodes, so a frame of a pan or a drag costs the same whatever the plan's size: the plan's boxes
 * are drawn once per plan into a cached layer, and a view change only blits that layer and draws
 * the view's rectangle, from a React Flow store subscription, with no React render.
 */
import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { Size } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { afterPaint } from '../store/afterPaint';
import { useUi } from '../store/editorContext';
import { getPlan } from '../store/editorStores';
import { effectiveTheme } from '../store/uiStore';
import { useUiLang } from '../store/uiLang';
import { useCanvasDocument } from './canvasDocument';
import type { CardNode, LinkEdge } from './flowElements';
import type { PlanLayout } from '../../shared/layout/planLayout';
import {
  MINIMAP_SIZE,
  centredOn,
  fitFrame,
  layerPlacement,
  minimapShapes,
  rectOnMinimap,
  toFlow,
  unionRect,
  viewRect,
  wheelZoom,
  zoomAroundCentre,
  type FlowViewport,
  type MinimapFrame,
  type MinimapShape,
  type Rect,
} from './minimapGeometry';
import { MAX_ZOOM, MIN_ZOOM } from './viewport';

const { width: W, height: H } = MINIMAP_SIZE;
const DEFAULT_MASK = 'rgba(240, 240, 240, 0.6)';

/** The drawing: the plan's layer, the view, and the frame they were last shown at. */
class MinimapPainter {
  private absolute: PlanLayout['absolute'] | null = null;
  private shapes: readonly MinimapShape[] = [];
  private bounds: Rect | null = null;
  private readonly layer = document.createElement('canvas');
  /** The frame the layer was drawn at; null when it must be drawn again. */
  private layerFrame: MinimapFrame | null = null;
  private dpr = 0;
  private viewport: FlowViewport | null = null;
  private pane: Size = { width: 0, height: 0 };
  private mask = DEFAULT_MASK;
  private frame: MinimapFrame = fitFrame({ x: 0, y: 0, width: W, height: H });
  /** While a drag is in flight the frame holds still, so the point under the pointer stays put. */
  private held: MinimapFrame | null = null;
  private raf = 0;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  setLayout(layout: PlanLayout): void {
    // A field edit keeps the layout's boxes (canvasStore.layoutFor): nothing to redraw.
    if (layout.absolute === this.absolute) return;
    this.absolute = layout.absolute;
    ({ shapes: this.shapes, bounds: this.bounds } = minimapShapes(layout));
    this.layerFrame = null;
    this.schedule();
  }

  setView(state: ReactFlowState<CardNode, LinkEdge>): void {
    const [x, y, zoom] = state.transform;
    const v = this.viewport;
    if (
      v &&
      v.x === x &&
      v.y === y &&
      v.zoom === zoom &&
      this.pane.width === state.width &&
      this.pane.height === state.height
    )
      return;
    this.viewport = { x, y, zoom };
    this.pane = { width: state.width, height: state.height };
    this.schedule();
  }

  setMask(colour: string): void {
    this.mask = colour;
    this.schedule();
  }

  hold(on: boolean): void {
    this.held = on ? this.frame : null;
    if (!on) this.schedule();
  }

  /** The flow point under a pixel of the minimap, as last shown. */
  flowAt(x: number, y: number): { x: number; y: number } {
    return toFlow(this.frame, { x, y });
  }

  schedule(): void {
    if (this.raf === 0) this.raf = requestAnimationFrame(() => this.paint());
  }

  dispose(): void {
    cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  private paint(): void {
    this.raf = 0;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    if (dpr !== this.dpr) {
      this.dpr = dpr;
      this.canvas.width = Math.round(W * dpr);
      this.canvas.height = Math.round(H * dpr);
      this.layerFrame = null;
    }
    const seen = this.viewport && this.pane.width > 0 ? viewRect(this.viewport, this.pane) : null;
    const shown = seen ? unionRect(this.bounds, seen) : this.bounds;
    this.frame = this.held ?? (shown ? fitFrame(shown) : this.frame);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, H);
    const drawn = this.drawLayer();
    if (drawn) {
      const at = layerPlacement(drawn, this.frame);
      ctx.drawImage(this.layer, at.x, at.y, at.width, at.height);
    }
    if (seen) {
      const r = rectOnMinimap(this.frame, seen);
      ctx.fillStyle = this.mask;
      ctx.beginPath();
      ctx.rect(0, 0, W, H);
      ctx.rect(r.x, r.y, r.width, r.height);
      ctx.fill('evenodd');
    }
  }

  /** The plan's boxes at the frame that fits them, in device pixels: drawn once per layout. */
  private drawLayer(): MinimapFrame | null {
    if (this.layerFrame || !this.bounds) return this.layerFrame;
    const layer = this.layer;
    layer.width = this.canvas.width;
    layer.height = this.canvas.height;
    const ctx = layer.getContext('2d');
    if (!ctx) return null;
    const frame = fitFrame(this.bounds);
    const k = frame.scale * this.dpr;
    ctx.setTransform(k, 0, 0, k, -frame.x * k, -frame.y * k);
    for (const s of this.shapes) {
      ctx.fillStyle = s.colour;
      ctx.fillRect(s.x, s.y, s.width, s.height);
    }
    this.layerFrame = frame;
    return frame;
  }
}

export function PlanMinimap() {
  const api = useStoreApi<CardNode, LinkEdge>();
  const flow = useReactFlow<CardNode, LinkEdge>();
  const doc = useCanvasDocument();
  const theme = useUi((s) => effectiveTheme(s));
  const { t } = useUiLang();
  const panel = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<MinimapPainter | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const p = new MinimapPainter(element);
    painter.current = p;
    // The plan the cards show: after a move they follow the figures (CanvasState.plan), and so
    // does the minimap, whose layout is then the canvas's, cached.
    const shown = (): Plan => doc.canvas.store.getState().plan ?? getPlan(doc);
    p.setLayout(doc.canvas.layoutFor(shown()));
    p.setView(api.getState());
    const stopView = api.subscribe((s) => p.setView(s));
    let cancelRedraw: (() => void) | null = null;
    const stopPlan = doc.canvas.store.subscribe((s, prev) => {
      if (s.plan === prev.plan || cancelRedraw) return;
      // In the frame after the next one: the canvas paints first.
      cancelRedraw = afterPaint(
        () => {
          cancelRedraw = null;
          p.setLayout(doc.canvas.layoutFor(shown()));
        },
        { frames: 2, then: 'frame' },
      );
    });
    // Not a React prop: a passive listener cannot keep the wheel from scrolling the page.
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      const { transform, width, height } = api.getState();
      const [x, y, zoom] = transform;
      const next = wheelZoom(zoom, event.deltaY, event.deltaMode, MIN_ZOOM, MAX_ZOOM);
      if (next !== zoom)
        void flow.setViewport(zoomAroundCentre({ x, y, zoom }, next, { width, height }));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      stopView();
      stopPlan();
      cancelRedraw?.();
      element.removeEventListener('wheel', onWheel);
      p.dispose();
      painter.current = null;
    };
  }, [api, flow, doc]);

  useEffect(() => {
    // The theme's colours are in place once the new theme is painted.
    const id = requestAnimationFrame(() => {
      if (!panel.current) return;
      const style = getComputedStyle(panel.current);
      const mask =
        style.getPropertyValue('--xy-minimap-mask-background-color').trim() ||
        style.getPropertyValue('--xy-minimap-mask-background-color-default').trim();
      painter.current?.setMask(mask || DEFAULT_MASK);
    });
    return () => cancelAnimationFrame(id);
  }, [theme]);

  const centreOnPointer = (event: ReactPointerEvent<HTMLCanvasElement>): void => {
    const p = painter.current;
    if (!p) return;
    const box = event.currentTarget.getBoundingClientRect();
    const point = p.flowAt(event.clientX - box.left, event.clientY - box.top);
    const { transform, width, height } = api.getState();
    void flow.setViewport(centredOn(point, transform[2], { width, height }));
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    painter.current?.hold(true);
    centreOnPointer(event);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>): void => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) centreOnPointer(event);
  };

  const release = (): void => painter.current?.hold(false);

  return (
    <Panel
      ref={panel}
      position="bottom-right"
      className="react-flow__minimap"
      data-testid="minimap"
    >
      <canvas
        ref={canvas}
        className="minimap__canvas"
        role="img"
        aria-label={t('action.minimap')}
        width={W}
        height={H}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={release}
        onPointerCancel={release}
        onLostPointerCapture={release}
      />
    </Panel>
  );
}
