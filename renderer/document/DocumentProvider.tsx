/** Provides one document to the components under it (useEditor, useCanvasDocument, useFilesDocument…). */
import type { ReactNode } from 'react';
import { EditorContext, useEditor } from '../store/editorContext';
import type { StrataDocument } from './createDocument';

export function DocumentProvider({ doc, children }: { doc: StrataDocument; children: ReactNode }) {
  return <EditorContext.Provider value={doc}>{children}</EditorContext.Provider>;
}

/** The whole document provided here, with its scenarios (the scenario tabs, the Compare view). */
export function useStrataDocument(): StrataDocument {
  const doc = useEditor();
  if (!('scenarios' in doc))
    throw new Error('useStrataDocument: no whole document is provided here');
  return doc as StrataDocument;
}
