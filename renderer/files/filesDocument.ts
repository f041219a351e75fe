/** The files' part of a document (its file name and prompts) beside its canvas and stores. */
import { useStore } from 'zustand';
import { useCanvasDocument, type CanvasDocument } from '../canvas/canvasDocument';
import type { FilesModel, FilesState } from './filesStore';

export interface FilesDocument extends CanvasDocument {
  readonly files: FilesModel;
}

export function useFilesDocument(): FilesDocument {
  const doc = useCanvasDocument();
  if (!('files' in doc))
    throw new Error('useFilesDocument: the document provided here has no files');
  return doc as FilesDocument;
}

export function useFiles<T>(selector: (state: FilesState) => T): T {
  return useStore(useFilesDocument().files.store, selector);
}
