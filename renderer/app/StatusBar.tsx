/** The status bar: plan size, selection and the current mode. */
import { counted } from '../../shared/format/counted';
import { formatNumber } from '../../shared/format/numbers';
import { useLang } from '../i18n/useLang';
import { usePlan, useUi } from '../store/editorContext';

export function StatusBar() {
  const lang = useLang();
  const nodes = usePlan((s) => s.plan.nodes.length);
  const links = usePlan((s) => s.plan.links.length);
  const selected = useUi((s) => s.selection.length + s.selectedLinks.length);
  const failureMode = useUi((s) => s.failureMode);
  const heatView = useUi((s) => s.heatView);
  const mode = lang.t(
    failureMode ? 'ui.status.failureMode' : heatView ? 'ui.status.heatView' : 'ui.status.editing',
  );
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span data-testid="status-counts">
        {counted(lang, 'node', nodes)} · {counted(lang, 'link', links)}
      </span>
      {selected > 0 && (
        <span data-testid="status-selection">
          {lang.t('ui.status.selected', { n: formatNumber(selected, 0, lang.numberLocale) })}
        </span>
      )}
      <span className="statusbar__mode" data-testid="status-mode">
        {mode}
      </span>
    </footer>
  );
}
