/**
 * The editor's stores reach components through React context (as React Flow's store per
 * provider), never through module singletons: `useEditor()` and the narrow hooks below.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { Plan } from '../../shared/model/plan';
import type { EditorStores } from './editorStores';
import type { FiguresState } from './figuresStore';
import type { PlanState } from './planStore';
import type { PointerState, UiState } from './uiStore';

export const EditorContext = createContext<EditorStores | null>(null);

export function useEditor(): EditorStores {
  const stores = useContext(EditorContext);
  if (!stores)
    throw new Error(
      'useEditor: no document is provided here (see renderer/document/DocumentProvider.tsx)',
    );
  return stores;
}

export function usePlan<T>(selector: (state: PlanState) => T): T {
  return useStore(useEditor().plan, selector);
}

export function useHistory<T>(selector: (state: TemporalState<{ plan: Plan }>) => T): T {
  return useStore(useEditor().plan.temporal, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useEditor().ui, selector);
}

export function usePointer<T>(selector: (state: PointerState) => T): T {
  return useStore(useEditor().pointer, selector);
}

export function useFigures<T>(selector: (state: FiguresState) => T): T {
  return useStore(useEditor().figures.store, selector);
}
