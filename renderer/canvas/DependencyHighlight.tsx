/**
 * Selecting a workload shows its dependencies at a glance: what it depends on (transitively) in
 * the accent colour, what depends on it in amber, every other card and link dimmed. Drawn as one
 * small style sheet keyed by React Flow's `data-id` attributes, so no node object is rebuilt and
 * a 10k plan's canvas keeps its speed. The legend names the link colours.
 */
import { useMemo } from 'react';
import { planTree } from '../../shared/edit/planTree';
import { usePlan, useUi } from '../store/editorContext';
import { useUiLang } from '../store/uiLang';
import { useCanvasElements } from './canvasDocument';
import { dependencyFocus } from './dependencyFocus';

const quote = (id: string): string => `[data-id="${id.replace(/["\\]/g, '\\$&')}"]`;

function focusCss(
  nodes: readonly string[],
  upstream: readonly string[],
  downstream: readonly string[],
): string {
  const rules = [
    '.canvas .react-flow__node { opacity: 0.35; }',
    '.canvas .react-flow__edge { opacity: 0.15; }',
    `.canvas .react-flow__node:is(${nodes.map(quote).join(',')}) { opacity: 1; }`,
  ];
  if (upstream.length > 0)
    rules.push(
      `.canvas .react-flow__edge:is(${upstream.map(quote).join(',')}) { opacity: 1; --link-colour: var(--accent); }`,
    );
  if (downstream.length > 0)
    rules.push(
      `.canvas .react-flow__edge:is(${downstream.map(quote).join(',')}) { opacity: 1; --link-colour: var(--warn); }`,
    );
  return rules.join('\n');
}

export function DependencyHighlight() {
  const selection = useUi((s) => s.selection);
  // The plan the cards show: it dims and lights cards, so it follows them after a move (see
  // CanvasState.plan) instead of walking the new plan's tree before the figures have painted.
  const shown = useCanvasElements((s) => s.plan);
  const live = usePlan((s) => s.plan);
  const plan = shown ?? live;
  const { t } = useUiLang();
  const css = useMemo(() => {
    const focus = dependencyFocus(plan.links, selection);
    if (focus.nodes.size === 0) return null;
    const tree = planTree(plan);
    const shown = new Set<string>();
    for (const id of focus.nodes)
      for (
        let node = tree.getNode(id);
        node && !shown.has(node.id);
        node = node.parentId ? tree.getNode(node.parentId) : undefined
      )
        shown.add(node.id);
    return focusCss([...shown], [...focus.upstream], [...focus.downstream]);
  }, [plan, selection]);
  return (
    <>
      {css && <style data-testid="dependency-focus">{css}</style>}
      {plan.links.length > 0 && (
        <div className="link-legend" data-testid="link-legend" aria-label={t('ui.links.legend')}>
          <span className="link-legend__item">
            <span className="link-legend__swatch link-legend__swatch--plain" /> {t('ui.links.plain')}
          </span>
          <span className="link-legend__item">
            <span className="link-legend__swatch link-legend__swatch--up" /> {t('ui.links.upstream')}
          </span>
          <span className="link-legend__item">
            <span className="link-legend__swatch link-legend__swatch--down" />{' '}
            {t('ui.links.downstream')}
          </span>
        </div>
      )}
    </>
  );
}
