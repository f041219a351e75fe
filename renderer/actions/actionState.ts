/** The snapshot actions decide on, read from the stores (and as a hook, for the toolbar). */
import { useShallow } from 'zustand/react/shallow';
import { useStore } from 'zustand';
import { useEditor, useHistory, usePlan, useUi } from '../store/editorContext';
import type { EditorStores } from '../store/editorStores';
import type { UiState } from '../store/uiStore';
import type { ActionState } from './types';

function fromUi(ui: UiState) {
  return {
    selectedNodes: ui.selection.length,
    selectedLinks: ui.selectedLinks.length,
    gestureActive: ui.gesture !== null,
    hasClipboard: ui.clipboard !== null,
    failureMode: ui.failureMode,
    heatView: ui.heatView,
    compare: ui.compare,
    minimap: ui.minimap,
    longJob: ui.longJob !== null,
    language: ui.language,
  };
}

export function actionState(doc: EditorStores): ActionState {
  return {
    ...fromUi(doc.ui.getState()),
    canUndo: doc.history.canUndo(),
    canRedo: doc.history.canRedo(),
    nodeCount: doc.plan.getState().plan.nodes.length,
  };
}

export function useActionState(): ActionState {
  const ui = useUi(useShallow(fromUi));
  // The plan's edits and the document's scenario steps (store/documentHistory.ts).
  const steps = useStore(useEditor().history.store);
  const canUndo = useHistory((s) => s.pastStates.length > 0) || steps.undo.length > 0;
  const canRedo = useHistory((s) => s.futureStates.length > 0) || steps.redo.length > 0;
  const nodeCount = usePlan((s) => s.plan.nodes.length);
  return { ...ui, canUndo, canRedo, nodeCount };
}
