/** View menu: zoom, minimap, failure mode, heat view, theme. */
import { fitAll, zoomIn, zoomOut } from '../canvas/viewport';
import { tidyTopLevel } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan } from '../store/planStore';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import type { Action } from './types';

const always = (): boolean => true;

export function setFailureMode(on: boolean): void {
  useUiStore.setState({ failureMode: on, failureHover: null, failurePinned: null, ...(on ? { heatView: false } : {}) });
}

export const VIEW_ACTIONS: readonly Action[] = [
  { id: 'view-zoom-fit', label: 'Zoom to fit', shortcuts: ['Shift+1'], enabled: always, perform: () => fitAll() },
  { id: 'view-zoom-in', label: 'Zoom in', shortcuts: ['Mod+=', 'Mod+Plus'], enabled: always, perform: zoomIn },
  { id: 'view-zoom-out', label: 'Zoom out', shortcuts: ['Mod+-'], enabled: always, perform: zoomOut },
  {
    id: 'view-tidy',
    label: 'Tidy up: arrange the top-level nodes in rows',
    enabled: (s) => s.nodeCount > 0 && !s.gestureActive,
    perform: () => {
      if (run(tidyTopLevel(getPlan()))) requestAnimationFrame(() => fitAll());
    },
  },
  {
    id: 'view-minimap',
    label: 'Minimap',
    shortcuts: ['M'],
    enabled: always,
    checked: (s) => s.minimap,
    perform: () => useUiStore.setState((s) => ({ minimap: !s.minimap })),
  },
  {
    id: 'view-failure-mode',
    label: 'What if it fails?',
    shortcuts: ['F'],
    enabled: (s) => !s.gestureActive,
    checked: (s) => s.failureMode,
    perform: () => setFailureMode(!useUiStore.getState().failureMode),
  },
  {
    id: 'view-heat',
    label: 'Heat view',
    shortcuts: ['H'],
    enabled: (s) => !s.gestureActive,
    checked: (s) => s.heatView,
    perform: () => {
      const on = !useUiStore.getState().heatView;
      if (on) setFailureMode(false);
      useUiStore.setState({ heatView: on });
    },
  },
  {
    id: 'view-theme',
    label: 'Dark theme',
    shortcuts: ['Mod+Shift+L'],
    enabled: always,
    perform: () => {
      const ui = useUiStore.getState();
      // Toggle away from what is shown; choosing what the system shows goes back to following it.
      const next = effectiveTheme(ui) === 'dark' ? 'light' : 'dark';
      useUiStore.setState({ themePreference: next === (ui.systemDark ? 'dark' : 'light') ? 'system' : next });
    },
  },
];
