/** The document provided here, as actions are performed on it. */
import { useCanvasDocument } from '../canvas/canvasDocument';
import type { ActionDocument } from './types';

export function useActionDocument(): ActionDocument {
  const doc = useCanvasDocument();
  if (!('open' in doc))
    throw new Error('useActionDocument: the document provided here cannot be opened into');
  return doc as ActionDocument;
}
