/**
 * The canvas's part of a document: the React Flow elements, the level of detail and the viewport,
 * one of each per plan being edited, beside the editor's stores. Reached through React context.
 */
import { useStore } from 'zustand';
import { useEditor } from '../store/editorContext';
import type { EditorStores } from '../store/editorStores';
import { createCanvas, type CanvasModel, type CanvasState } from './canvasStore';
import { createLod, type Lod, type LodState } from './lodStore';
import { createViewport, type ViewportModel } from './viewport';

export interface CanvasParts {
  readonly canvas: CanvasModel;
  readonly lod: Lod;
  readonly viewport: ViewportModel;
}

export interface CanvasDocument extends EditorStores, CanvasParts {}

export function createCanvasParts(stores: EditorStores): CanvasParts {
  const lod = createLod(stores);
  const canvas = createCanvas(stores, lod);
  return { canvas, lod, viewport: createViewport(stores, canvas) };
}

export function isCanvasDocument(stores: EditorStores): stores is CanvasDocument {
  return 'canvas' in stores && 'lod' in stores && 'viewport' in stores;
}

/** The document provided here (renderer/document/DocumentProvider.tsx), with its canvas. */
export function useCanvasDocument(): CanvasDocument {
  const doc = useEditor();
  if (!isCanvasDocument(doc))
    throw new Error('useCanvasDocument: the document provided here has no canvas');
  return doc;
}

export function useCanvasElements<T>(selector: (state: CanvasState) => T): T {
  return useStore(useCanvasDocument().canvas.store, selector);
}

export function useLod<T>(selector: (state: LodState) => T): T {
  return useStore(useCanvasDocument().lod.store, selector);
}
