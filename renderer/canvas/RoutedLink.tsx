/**
 * A dependency link drawn as an orthogonal route with rounded corners around the cards between its
 * ends (canvas/linkRoute.ts). Only links React Flow renders (the visible ones) are routed, and a
 * route is kept until its ends or the layout change.
 */
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { planTree } from '../../shared/edit/planTree';
import { getPlan } from '../store/editorStores';
import { useCanvasDocument, useCanvasElements } from './canvasDocument';
import type { LinkEdge } from './flowElements';
import { linkObstacles } from './linkObstacles';
import { roundedPath, routeLink } from './linkRoute';

function RoutedLinkEdge({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  markerEnd,
  style,
  interactionWidth,
}: EdgeProps<LinkEdge>) {
  const doc = useCanvasDocument();
  // The plan the cards show: after a move they follow the figures' paint (see CanvasState.plan).
  // (Edges exist only once the canvas has been built, so `shown` is set whenever one renders.)
  const shown = useCanvasElements((s) => s.plan);
  const plan = shown ?? getPlan(doc);
  const layout = doc.canvas.layoutFor(plan);
  const tree = planTree(plan);
  const obstacles = linkObstacles(tree, layout, source, target);
  const path = useMemo(
    () => roundedPath(routeLink({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, obstacles)),
    [sourceX, sourceY, targetX, targetY, obstacles],
  );
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={interactionWidth}
    />
  );
}

export const RoutedLink = memo(RoutedLinkEdge);

export const EDGE_TYPES = { link: RoutedLink };
