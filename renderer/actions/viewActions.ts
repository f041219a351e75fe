/** View menu: zoom, minimap, failure mode, heat view, theme. */
import { tidyTopLevel } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan, type EditorStores } from '../store/editorStores';
import { effectiveTheme } from '../store/uiStore';
import type { Action } from './types';

const always = (): boolean => true;

export function setFailureMode(doc: Pick<EditorStores, 'ui'>, on: boolean): void {
  doc.ui.setState({
    failureMode: on,
    failureHover: null,
    failurePinned: null,
    ...(on ? { heatView: false } : {}),
  });
}

export const VIEW_ACTIONS: readonly Action[] = [
  {
    id: 'view-zoom-fit',
    label: 'Zoom to fit',
    shortcuts: ['Shift+1'],
    enabled: always,
    perform: ({ doc }) => doc.viewport.fitAll(),
  },
  {
    id: 'view-zoom-in',
    label: 'Zoom in',
    shortcuts: ['Mod+=', 'Mod+Plus'],
    enabled: always,
    perform: ({ doc }) => doc.viewport.zoomIn(),
  },
  {
    id: 'view-zoom-out',
    label: 'Zoom out',
    shortcuts: ['Mod+-'],
    enabled: always,
    perform: ({ doc }) => doc.viewport.zoomOut(),
  },
  {
    id: 'view-tidy',
    label: 'Tidy up: arrange the top-level nodes in rows',
    enabled: (s) => s.nodeCount > 0 && !s.gestureActive,
    perform: ({ doc }) => {
      if (run(doc, tidyTopLevel(getPlan(doc)))) requestAnimationFrame(() => doc.viewport.fitAll());
    },
  },
  {
    id: 'view-minimap',
    label: 'Minimap',
    shortcuts: ['M'],
    enabled: always,
    checked: (s) => s.minimap,
    perform: ({ doc }) => doc.ui.setState((s) => ({ minimap: !s.minimap })),
  },
  {
    id: 'view-failure-mode',
    label: 'What if it fails?',
    shortcuts: ['F'],
    enabled: (s) => !s.gestureActive,
    checked: (s) => s.failureMode,
    perform: ({ doc }) => setFailureMode(doc, !doc.ui.getState().failureMode),
  },
  {
    id: 'view-heat',
    label: 'Heat view',
    shortcuts: ['H'],
    enabled: (s) => !s.gestureActive,
    checked: (s) => s.heatView,
    perform: ({ doc }) => {
      const on = !doc.ui.getState().heatView;
      if (on) setFailureMode(doc, false);
      doc.ui.setState({ heatView: on });
    },
  },
  {
    id: 'view-theme',
    label: 'Dark theme',
    shortcuts: ['Mod+Shift+L'],
    enabled: always,
    perform: ({ doc }) => {
      const ui = doc.ui.getState();
      // Toggle away from what is shown; choosing what the system shows goes back to following it.
      const next = effectiveTheme(ui) === 'dark' ? 'light' : 'dark';
      doc.ui.setState({
        themePreference: next === (ui.systemDark ? 'dark' : 'light') ? 'system' : next,
      });
    },
  },
];
