/** Provides one document to the components under it (useEditor, useCanvasDocument, useFilesDocument…). */
import type { ReactNode } from 'react';
import { EditorContext } from '../store/editorContext';
import type { StrataDocument } from './createDocument';

export function DocumentProvider({ doc, children }: { doc: StrataDocument; children: ReactNode }) {
  return <EditorContext.Provider value={doc}>{children}</EditorContext.Provider>;
}
