/** The canvas: React Flow, fed from the canvas store, every change routed through the adapter. */
import { ConnectionMode, Controls, ReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent } from 'react';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import { NODE_TYPES } from '../nodes/cards';
import { useCanvasStore } from './canvasStore';
import { onEdgesChange, onNodesChange } from './changes';
import type { CardNode, LinkEdge } from './flowElements';
import { useCanvasHandlers } from './useCanvasHandlers';
import { followView, toggleCollapsed, useLodStore } from './lodStore';
import { PlanMinimap } from './PlanMinimap';
import { MAX_ZOOM, MIN_ZOOM, registerFlow } from './viewport';

const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1 };
const MULTI_SELECT_KEYS = ['Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: false };
const CULL_FROM = 600;

/** Feeds the viewport to the level of detail (lodStore.followView); renders nothing. */
function LevelOfDetail() {
  const api = useStoreApi<CardNode, LinkEdge>();
  useEffect(() => {
    const follow = (s: ReturnType<typeof api.getState>): void => {
      const [x, y, zoom] = s.transform;
      followView({ x, y, zoom, width: s.width, height: s.height });
    };
    follow(api.getState());
    return api.subscribe(follow);
  }, [api]);
  return null;
}

function onNodeDoubleClick(_event: ReactMouseEvent, node: CardNode): void {
  toggleCollapsed(node.id, node.data.summary !== null);
}

export function Canvas() {
  const nodes = useCanvasStore((s) => s.nodes);
  const edges = useCanvasStore((s) => s.edges);
  const colorMode = useUiStore((s) => effectiveTheme(s));
  const minimap = useUiStore((s) => s.minimap);
  const failureMode = useUiStore((s) => s.failureMode);
  const handlers = useCanvasHandlers();
  const fullDetail = useLodStore((s) => s.level === 'full');
  const frame = useRef<HTMLDivElement>(null);
  // While the view moves, the viewport is one composited layer: a pan moves pixels instead of
  // repainting every card each frame (set on the element directly, so no React render either).
  const onMoveStart = useCallback(() => frame.current?.classList.add('canvas--moving'), []);
  const onMoveEnd = useCallback(() => frame.current?.classList.remove('canvas--moving'), []);
  const onInit = useCallback((instance: ReactFlowInstance<CardNode, LinkEdge>) => {
    registerFlow(instance);
  }, []);

  return (
    <div ref={frame} className={`canvas${failureMode ? ' canvas--failure' : ''}${fullDetail ? ' canvas--dots' : ''}`} data-testid="canvas">
      <ReactFlow<CardNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onInit={onInit}
        onNodeDoubleClick={onNodeDoubleClick}
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
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        colorMode={colorMode}
        proOptions={PRO_OPTIONS}
      >
        <LevelOfDetail />
        <Controls position="bottom-left" showInteractive={false} />
        {minimap && <PlanMinimap />}
      </ReactFlow>
    </div>
  );
}
