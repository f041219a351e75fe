/** View menu: zoom, minimap, failure mode, heat view, theme. */
import { tidyTopLevel } from '../../shared/edit';
import { run } from '../store/commands';
import { getPlan, type EditorStores } from '../store/editorStores';
import { effectiveTheme } from '../store/uiStore';
import { rememberLanguage } from '../store/language';
import type { Locale } from '../../shared/i18n/locales';
import { bindAction } from './bindAction';
import type { Action } from './types';

export function setFailureMode(doc: Pick<EditorStores, 'ui'>, on: boolean): void {
  doc.ui.setState({
    failureMode: on,
    failureHover: null,
    failurePinned: null,
    ...(on ? { heatView: false } : {}),
  });
}

/** View ▸ Language: speak `locale` from now on, and at the next start. */
export function setLanguage(doc: Pick<EditorStores, 'ui'>, locale: Locale): void {
  doc.ui.setState({ language: locale });
  rememberLanguage(locale);
}

export const VIEW_ACTIONS: readonly Action[] = [
  bindAction('view-zoom-fit', ({ doc }) => doc.viewport.fitAll()),
  bindAction('view-zoom-reset', ({ doc }) => doc.viewport.zoomReset()),
  bindAction('view-zoom-in', ({ doc }) => doc.viewport.zoomIn()),
  bindAction('view-zoom-out', ({ doc }) => doc.viewport.zoomOut()),
  bindAction('view-tidy', ({ doc }) => {
    if (run(doc, tidyTopLevel(getPlan(doc)))) requestAnimationFrame(() => doc.viewport.fitAll());
  }),
  bindAction('view-minimap', ({ doc }) => doc.ui.setState((s) => ({ minimap: !s.minimap }))),
  bindAction('view-failure-mode', ({ doc }) => setFailureMode(doc, !doc.ui.getState().failureMode)),
  bindAction('view-heat', ({ doc }) => {
    const on = !doc.ui.getState().heatView;
    if (on) setFailureMode(doc, false);
    doc.ui.setState({ heatView: on });
  }),
  bindAction('view-compare', ({ doc }) => doc.ui.setState((s) => ({ compare: !s.compare }))),
  bindAction('view-theme', ({ doc }) => {
    const ui = doc.ui.getState();
    // Toggle away from what is shown; choosing what the system shows goes back to following it.
    const next = effectiveTheme(ui) === 'dark' ? 'light' : 'dark';
    doc.ui.setState({
      themePreference: next === (ui.systemDark ? 'dark' : 'light') ? 'system' : next,
    });
  }),
  bindAction('view-language-en', ({ doc }) => setLanguage(doc, 'en')),
  bindAction('view-language-zh-cn', ({ doc }) => setLanguage(doc, 'zh-CN')),
];
