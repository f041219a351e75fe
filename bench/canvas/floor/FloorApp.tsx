/**
 * The floor: React Flow with the plan's nodes as default nodes (nested, explicit sizes,
 * `handles: []`, `onlyRenderVisibleElements`) and nothing else — no edges, background, controls
 * or minimap. Two small stand-ins give the benchmark's edit and drop measurements a floor too: an
 * input that relabels the selected node (React Flow re-adopting every node, as any edit of a
 * controlled flow does) and counters shown beside the canvas.
 */
import { ReactFlow, applyNodeChanges, getViewportForBounds, type NodeChange, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { FloorNode, FloorPlan } from './gridLayout';

export interface LoadedPlan extends FloorPlan {
  /** The view saved in the file: where a bare React Flow page opens. */
  readonly view: Viewport | null;
}

export interface FloorTestHook {
  loadPlanJson(text: string): void;
  fit(): void;
}

declare global {
  interface Window {
    __floorTest?: FloorTestHook;
  }
}

// Strata's fit: the same padding and zoom limits, so the overview is the same view on both pages.
const FIT = { padding: 0.12, minZoom: 0.05, maxZoom: 1 };
const DEFAULT_VIEW: Viewport = { x: 0, y: 0, zoom: 1 };

export function FloorApp({ load }: { load: (text: string) => LoadedPlan }) {
  const [nodes, setNodes] = useState<FloorNode[]>([]);
  const pane = useRef<HTMLDivElement>(null);
  const bounds = useRef<FloorPlan['bounds']>({ x: 0, y: 0, width: 0, height: 0 });
  const [draft, setDraft] = useState('');
  const [edits, setEdits] = useState(0);
  const [drops, setDrops] = useState(0);

  const onNodesChange = useCallback((changes: NodeChange<FloorNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onInit = useCallback(
    (flow: ReactFlowInstance<FloorNode>) => {
      window.__floorTest = {
        // Opens at the file's saved view, as React Flow does by default: no fit, so culling keeps
        // the DOM to what that view shows.
        loadPlanJson: (text) => {
          const plan = load(text);
          bounds.current = plan.bounds;
          setNodes(plan.nodes);
          void flow.setViewport(plan.view ?? DEFAULT_VIEW);
        },
        // Computed from the layout: React Flow's fitView only counts nodes it has measured.
        fit: () => {
          const { clientWidth, clientHeight } = pane.current ?? { clientWidth: 0, clientHeight: 0 };
          void flow.setViewport(getViewportForBounds(bounds.current, clientWidth, clientHeight, FIT.minZoom, FIT.maxZoom, FIT.padding));
        },
      };
    },
    [load],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    const label = draft;
    setNodes((ns) => ns.map((n) => (n.selected ? { ...n, data: { label } } : n)));
    setEdits((e) => e + 1);
  };

  // The canvas gets the size Strata's window layout gives it (a 240 px palette, a 360 px sidebar,
  // a 46 px toolbar and a 24 px status bar), so a view holds as many nodes on both pages.
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '240px minmax(0, 1fr) 360px', gridTemplateRows: '46px minmax(0, 1fr) 24px', height: '100vh' }}>
      <div style={{ gridColumn: '1 / 4' }} />
      <div />
      <div ref={pane} style={{ position: 'relative', minWidth: 0, minHeight: 0 }}>
        <ReactFlow<FloorNode>
          nodes={nodes}
          onNodesChange={onNodesChange}
          onNodeDragStop={() => setDrops((d) => d + 1)}
          onInit={onInit}
          onlyRenderVisibleElements
          minZoom={0.05}
          maxZoom={2.5}
        />
      </div>
      <aside style={{ padding: 8, font: '13px sans-serif' }}>
        <input data-testid="floor-edit" value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
        <div data-testid="floor-edits" data-value={edits}>
          edits {edits}
        </div>
        <div data-testid="floor-drops" data-value={drops}>
          drops {drops}
        </div>
      </aside>
    </div>
  );
}
