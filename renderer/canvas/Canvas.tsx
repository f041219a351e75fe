/** The canvas: React Flow, fed from the canvas store, every change routed through the adapter. */
import { Background, BackgroundVariant, ConnectionMode, Controls, MiniMap, ReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useCallback } from 'react';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import { NODE_TYPES } from '../nodes/cards';
import { useCanvasStore } from './canvasStore';
import { onEdgesChange, onNodesChange } from './changes';
import type { CardNode, LinkEdge } from './flowElements';
import { useCanvasHandlers } from './useCanvasHandlers';
import { registerFlow } from './viewport';

const KIND_COLOUR: Record<string, string> = {
  site: '#4f46e5',
  server: '#2563eb',
  hypervisor: '#7c3aed',
  vm: '#059669',
  runtime: '#d97706',
  container: '#0891b2',
};

function minimapColour(node: CardNode): string {
  return KIND_COLOUR[node.type ?? ''] ?? '#888';
}

const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1 };
const MULTI_SELECT_KEYS = ['Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: false };

export function Canvas() {
  const nodes = useCanvasStore((s) => s.nodes);
  const edges = useCanvasStore((s) => s.edges);
  const colorMode = useUiStore((s) => effectiveTheme(s));
  const minimap = useUiStore((s) => s.minimap);
  const failureMode = useUiStore((s) => s.failureMode);
  const handlers = useCanvasHandlers();
  const onInit = useCallback((instance: ReactFlowInstance<CardNode, LinkEdge>) => {
    registerFlow(instance);
  }, []);

  return (
    <div className={`canvas${failureMode ? ' canvas--failure' : ''}`} data-testid="canvas">
      <ReactFlow<CardNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onInit={onInit}
        {...handlers}
        nodesDraggable={!failureMode}
        nodesConnectable={!failureMode}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        disableKeyboardA11y
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        onlyRenderVisibleElements
        elevateEdgesOnSelect
        minZoom={0.05}
        maxZoom={2.5}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        colorMode={colorMode}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls position="bottom-left" showInteractive={false} />
        {minimap && <MiniMap position="bottom-right" pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={0} />}
      </ReactFlow>
    </div>
  );
}
