/** The canvas: React Flow, fed from the canvas store, every change routed through the adapter. */
import {
  ConnectionMode,
  Controls,
  ReactFlow,
  useStoreApi,
  type EdgeChange,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useRef,
  type CSSProperties,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import { useUi } from '../store/editorContext';
import { effectiveTheme, setSelection } from '../store/uiStore';
import { NODE_TYPES } from '../nodes/cards';
import { useCanvasDocument, useCanvasElements, useLod } from './canvasDocument';
import { onEdgesChange, onNodesChange } from './changes';
import type { CardNode, LinkEdge } from './flowElements';
import { useCanvasHandlers } from './useCanvasHandlers';
import { PlanMinimap } from './PlanMinimap';
import { EDGE_TYPES } from './RoutedLink';
import { DependencyHighlight } from './DependencyHighlight';
import { MAX_ZOOM, MIN_ZOOM } from './viewport';
import { summaryFontSize } from './levelOfDetail';

const MULTI_SELECT_KEYS = ['Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: false };
const CULL_FROM = 600;

/** Each card array's summary text size: the selector runs on every change of the canvas store. */
const summaryFonts = new WeakMap<readonly CardNode[], number | null>();

/** The summary cards' one text size (a primitive, so the selector never loops). */
function summaryFont(nodes: readonly CardNode[]): number | null {
  const known = summaryFonts.get(nodes);
  if (known !== undefined) return known;
  const size = summaryFontSize(
    (function* () {
      for (const node of nodes)
        if (node.data.summary) yield { width: node.width ?? 0, height: node.height ?? 0 };
    })(),
  );
  summaryFonts.set(nodes, size);
  return size;
}

/** Feeds the viewport to the level of detail (Lod.followView); renders nothing. */
function LevelOfDetail() {
  const api = useStoreApi<CardNode, LinkEdge>();
  const { followView } = useCanvasDocument().lod;
  useEffect(() => {
    const follow = (s: ReturnType<typeof api.getState>): void => {
      const [x, y, zoom] = s.transform;
      followView({ x, y, zoom, width: s.width, height: s.height });
    };
    follow(api.getState());
    return api.subscribe(follow);
  }, [api, followView]);
  return null;
}

export function Canvas() {
  const doc = useCanvasDocument();
  const nodes = useCanvasElements((s) => s.nodes);
  const edges = useCanvasElements((s) => s.edges);
  const summaryText = useCanvasElements((s) => summaryFont(s.nodes));
  const colorMode = useUi((s) => effectiveTheme(s));
  const minimap = useUi((s) => s.minimap);
  const failureMode = useUi((s) => s.failureMode);
  const handlers = useCanvasHandlers();
  const fullDetail = useLod((s) => s.level === 'full');
  const frame = useRef<HTMLDivElement>(null);
  // While the view moves, the viewport is one composited layer: a pan moves pixels instead of
  // repainting every card each frame (set on the element directly, so no React render either).
  const onMoveStart = useCallback(() => frame.current?.classList.add('canvas--moving'), []);
  const onMoveEnd = useCallback(() => frame.current?.classList.remove('canvas--moving'), []);
  const onInit = useCallback(
    (instance: ReactFlowInstance<CardNode, LinkEdge>) => doc.viewport.register(instance),
    [doc],
  );
  const onNodesChangeHere = useCallback(
    (changes: NodeChange<CardNode>[]) => onNodesChange(doc, changes),
    [doc],
  );
  const onEdgesChangeHere = useCallback(
    (changes: EdgeChange<LinkEdge>[]) => onEdgesChange(doc, changes),
    [doc],
  );
  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: CardNode) =>
      void doc.lod.toggleCollapsed(node.id, node.data.summary !== null),
    [doc],
  );
  // Right-click: a card joins the selection unless it is in it already, then its menu opens
  // (app/ContextMenu.tsx); on the empty canvas, the canvas's menu.
  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: CardNode) => {
      event.preventDefault();
      if (!doc.ui.getState().selection.includes(node.id)) setSelection(doc, [node.id]);
      doc.ui.setState({ contextMenu: { x: event.clientX, y: event.clientY, place: 'card' } });
    },
    [doc],
  );
  const onSelectionContextMenu = useCallback(
    (event: ReactMouseEvent) => {
      event.preventDefault();
      doc.ui.setState({ contextMenu: { x: event.clientX, y: event.clientY, place: 'card' } });
    },
    [doc],
  );
  const onPaneContextMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent) => {
      event.preventDefault();
      doc.ui.setState({ contextMenu: { x: event.clientX, y: event.clientY, place: 'canvas' } });
    },
    [doc],
  );

  return (
    <div
      ref={frame}
      className={`canvas${failureMode ? ' canvas--failure' : ''}${fullDetail ? ' canvas--dots' : ''}`}
      data-testid="canvas"
      style={
        summaryText === null
          ? undefined
          : ({ '--summary-font': `${summaryText}px` } as CSSProperties)
      }
    >
      <ReactFlow<CardNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChangeHere}
        onEdgesChange={onEdgesChangeHere}
        onInit={onInit}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={onNodeContextMenu}
        onSelectionContextMenu={onSelectionContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        zoomOnDoubleClick={false}
        {...handlers}
        nodesDraggable={!failureMode}
        nodesConnectable={!failureMode}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        disableKeyboardA11y
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        // Far out, a few hundred summary cards are cheaper mounted once than mounted and unmounted
        // at the edges on every pan frame; at full detail, and beyond that, React Flow culls.
        onlyRenderVisibleElements={fullDetail || nodes.length > CULL_FROM}
        elevateEdgesOnSelect
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        colorMode={colorMode}
        proOptions={PRO_OPTIONS}
      >
        <LevelOfDetail />
        <Controls position="bottom-left" showInteractive={false} />
        {minimap && <PlanMinimap />}
        <DependencyHighlight />
      </ReactFlow>
    </div>
  );
}
