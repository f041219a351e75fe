/** The snapshot actions decide on, read from the stores (and as a hook, for the toolbar). */
import { useShallow } from 'zustand/react/shallow';
import { useHistory, usePlan, useUi } from '../store/editorContext';
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
    language: ui.language,
  };
}

export function actionState(doc: EditorStores): ActionState {
  const history = doc.plan.temporal.getState();
  return {
    ...fromUi(doc.ui.getState()),
    canUndo: history.pastStates.length > 0,
    canRedo: history.futureStates.length > 0,
    nodeCount: doc.plan.getState().plan.nodes.length,
  };
}

export function useActionState(): ActionState {
  const ui = useUi(useShallow(fromUi));
  const canUndo = useHistory((s) => s.pastStates.length > 0);
  const canRedo = useHistory((s) => s.futureStates.length > 0);
  const nodeCount = usePlan((s) => s.plan.nodes.length);
  return { ...ui, canUndo, canRedo, nodeCount };
}
