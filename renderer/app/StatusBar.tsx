/** The status bar: plan size, selection and the current mode. */
import { usePlanStore } from '../store/planStore';
import { useUiStore } from '../store/uiStore';

export function StatusBar() {
  const nodes = usePlanStore((s) => s.plan.nodes.length);
  const links = usePlanStore((s) => s.plan.links.length);
  const selected = useUiStore((s) => s.selection.length + s.selectedLinks.length);
  const failureMode = useUiStore((s) => s.failureMode);
  const heatView = useUiStore((s) => s.heatView);
  const mode = failureMode ? 'What if it fails? — point at a node · Esc leaves' : heatView ? 'Heat view — colour is what a failure loses' : 'Editing';
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
