/**
 * Outlines the cards of the nodes that changed, by one stylesheet keyed on React Flow's `data-id`:
 * nothing of the canvas's own rendering changes, so a large plan's cards are not rebuilt for it.
 */
export function ChangeOutline({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  const selectors = ids.map((id) => `.react-flow__node[data-id="${CSS.escape(id)}"]`).join(',\n');
  return (
    <style data-testid="compare-outline">{`${selectors} {
  outline: 2px dashed var(--changed, #d97706);
  outline-offset: 2px;
}`}</style>
  );
}
