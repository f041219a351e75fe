/** A connected document whose canvas counts as up (for unit tests without a DOM). */
import type { Plan } from '../../shared/model/plan';
import type { ViewportModel } from '../canvas/viewport';
import { connectDocument } from './connect';
import { createDocumentStores, type StrataDocument } from './createDocument';

export function createTestDocument(plan: Plan): StrataDocument {
  const doc = createDocumentStores(plan);
  connectDocument(doc);
  // No React Flow here: any instance tells the document that its canvas is up.
  doc.viewport.register({} as Parameters<ViewportModel['register']>[0]);
  return doc;
}
