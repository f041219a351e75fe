/** A connected document whose canvas counts as up (for unit tests without a DOM). */
import type { Viewport } from '@xyflow/react';
import type { Plan } from '../../shared/model/plan';
import type { ViewportModel } from '../canvas/viewport';
import { connectDocument } from './connect';
import { createDocumentStores, type StrataDocument } from './createDocument';

export function createTestDocument(plan: Plan): StrataDocument {
  const doc = createDocumentStores(plan);
  connectDocument(doc);
  // No React Flow here: a stand-in that keeps the viewport tells the document its canvas is up.
  let viewport: Viewport = { x: 0, y: 0, zoom: 1 };
  const flow = {
    getViewport: () => viewport,
    setViewport: (next: Viewport) => {
      viewport = next;
      return Promise.resolve(true);
    },
  };
  doc.viewport.register(flow as unknown as Parameters<ViewportModel['register']>[0]);
  return doc;
}
