/** The snapshot actions decide on, read from the stores (and as a hook, for the toolbar). */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { usePlanStore } from '../store/planStore';
import { useUiStore, type UiState } from '../store/uiStore';
import type { ActionState } from './types';

function fromUi(ui: UiState) {
  return {
    selectedNodes: ui.selection.length,
    selectedLinks: ui.selectedLinks.length,
    gestureActive: ui.gesture !== null,
    hasClipboard: ui.clipboard !== null,
    failureMode: ui.failureMode,
    heatView: ui.heatView,
    minimap: ui.minimap,
  };
}

export function actionState(): ActionState {
  const history = usePlanStore.temporal.getState();
  return {
    ...fromUi(useUiStore.getState()),
    canUndo: history.pastStates.length > 0,
    canRedo: history.futureStates.length > 0,
    nodeCount: usePlanStore.getState().plan.nodes.length,
  };
}

export function useActionState(): ActionState {
  const ui = useUiStore(useShallow(fromUi));
  const canUndo = useStore(usePlanStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(usePlanStore.temporal, (s) => s.futureStates.length > 0);
  const nodeCount = usePlanStore((s) => s.plan.nodes.length);
  return { ...ui, canUndo, canRedo, nodeCount };
}
