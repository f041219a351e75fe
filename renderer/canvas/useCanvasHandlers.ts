/** React Flow event handlers: node drags, link drawing, and pointing at nodes in failure mode. */
import { useMemo } from 'react';
import {
  useReactFlow,
  type FinalConnectionState,
  type InternalNode,
  type OnConnectStart,
} from '@xyflow/react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import type { Point } from '../../shared/model/nodes';
import { addLink } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan } from '../store/editorStores';
import { useCanvasDocument } from './canvasDocument';
import type { CardNode, LinkEdge } from './flowElements';
import { beginNodeDrag, endNodeDrag, hoverNodeDrag } from './nodeDrag';

function clientPoint(event: MouseEvent | TouchEvent | ReactMouseEvent): Point {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

/** The node card under a client point, if any. */
export function nodeIdAt(point: Point): string | null {
  const element = document.elementFromPoint(point.x, point.y);
  const nodeElement = element?.closest('.react-flow__node');
  return nodeElement?.getAttribute('data-id') ?? null;
}

export function useCanvasHandlers() {
  const flow = useReactFlow<CardNode, LinkEdge>();
  const doc = useCanvasDocument();
  return useMemo(() => {
    const ui = doc.ui;
    const toFlow = (p: Point): Point => flow.screenToFlowPosition(p);
    const absolute = (id: string): Point | undefined => {
      const internal: InternalNode<CardNode> | undefined = flow.getInternalNode(id);
      return internal?.internals.positionAbsolute;
    };
    return {
      onNodeDragStart: (_event: MouseEvent | TouchEvent, _node: CardNode, nodes: CardNode[]) => {
        beginNodeDrag(
          doc,
          nodes.map((n) => n.id),
        );
      },
      onNodeDrag: (event: MouseEvent | TouchEvent, node: CardNode) => {
        const client = clientPoint(event);
        hoverNodeDrag(doc, node.id, toFlow(client), client);
      },
      onNodeDragStop: (event: MouseEvent | TouchEvent, node: CardNode, nodes: CardNode[]) => {
        const client = clientPoint(event);
        const finalPositions = new Map<string, Point>();
        for (const n of nodes) {
          const at = absolute(n.id);
          if (at) finalPositions.set(n.id, { x: at.x, y: at.y });
        }
        endNodeDrag(
          doc,
          node.id,
          nodes.map((n) => n.id),
          toFlow(client),
          finalPositions,
        );
      },
      onConnectStart: ((_event, _params) => {
        ui.setState({ gesture: { kind: 'link' } });
      }) as OnConnectStart,
      onConnectEnd: (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
        ui.setState({ gesture: null });
        const fromId = state.fromNode?.id;
        const otherId = state.toNode?.id ?? nodeIdAt(clientPoint(event));
        if (!fromId || !otherId || otherId === fromId) return;
        // Drawn from the "out" handle: the start depends on the end; from "in", the reverse.
        const startedAtTarget = state.fromHandle?.type === 'target';
        const [from, to] = startedAtTarget ? [otherId, fromId] : [fromId, otherId];
        run(doc, addLink(getPlan(doc), from, to), { select: false });
      },
      onNodeMouseEnter: (_event: ReactMouseEvent, node: CardNode) => {
        if (ui.getState().failureMode) ui.setState({ failureHover: node.id });
      },
      onNodeMouseLeave: (_event: ReactMouseEvent, node: CardNode) => {
        const state = ui.getState();
        if (state.failureMode && state.failureHover === node.id)
          ui.setState({ failureHover: null });
      },
      onNodeClick: (_event: ReactMouseEvent, node: CardNode) => {
        if (ui.getState().failureMode) ui.setState({ failurePinned: node.id });
      },
      onPaneClick: () => {
        if (ui.getState().failureMode) ui.setState({ failurePinned: null });
      },
    };
  }, [flow, doc]);
}
