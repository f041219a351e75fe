/** View menu: zoom, minimap, failure mode, heat view, theme. */
import { fitAll, zoomIn, zoomOut } from '../canvas/viewport';
import { tidyTopLevel } from '../store/commands';
import { run } from '../store/dispatch';
import { getPlan } from '../store/planStore';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import { bindAction } from './bindAction';
import type { Action } from './types';

export function setFailureMode(on: boolean): void {
  useUiStore.setState({ failureMode: on, failureHover: null, failurePinned: null, ...(on ? { heatView: false } : {}) });
}

export const VIEW_ACTIONS: readonly Action[] = [
  bindAction('view-zoom-fit', () => fitAll()),
  bindAction('view-zoom-in', zoomIn),
  bindAction('view-zoom-out', zoomOut),
  bindAction('view-tidy', () => {
    if (run(tidyTopLevel(getPlan()))) requestAnimationFrame(() => fitAll());
  }),
  bindAction('view-minimap', () => useUiStore.setState((s) => ({ minimap: !s.minimap }))),
  bindAction('view-failure-mode', () => setFailureMode(!useUiStore.getState().failureMode)),
  bindAction('view-heat', () => {
    const on = !useUiStore.getState().heatView;
    if (on) setFailureMode(false);
    useUiStore.setState({ heatView: on });
  }),
  bindAction('view-theme', () => {
    const ui = useUiStore.getState();
    // Toggle away from what is shown; choosing what the system shows goes back to following it.
    const next = effectiveTheme(ui) === 'dark' ? 'light' : 'dark';
    useUiStore.setState({ themePreference: next === (ui.systemDark ? 'dark' : 'light') ? 'system' : next });
  }),
];
