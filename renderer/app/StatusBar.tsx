/** The status bar: plan size, selection and the current mode. */
import { usePlan, useUi } from '../store/editorContext';

export function StatusBar() {
  const nodes = usePlan((s) => s.plan.nodes.length);
  const links = usePlan((s) => s.plan.links.length);
  const selected = useUi((s) => s.selection.length + s.selectedLinks.length);
  const failureMode = useUi((s) => s.failureMode);
  const heatView = useUi((s) => s.heatView);
  const mode = failureMode
    ? 'What if it fails? — point at a node · Esc leaves'
    : heatView
      ? 'Heat view — colour is what a failure loses'
      : 'Editing';
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span data-testid="status-counts">
        {nodes} {nodes === 1 ? 'node' : 'nodes'} · {links} {links === 1 ? 'link' : 'links'}
      </span>
      {selected > 0 && <span data-testid="status-selection">{selected} selected</span>}
      <span className="statusbar__mode" data-testid="status-mode">
        {mode}
      </span>
    </footer>
  );
}
