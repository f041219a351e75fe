/**
 * The selection as a plan of its own (an export of the selection): the selected nodes with their
 * subtrees, copied as the clipboard copies them, and the links whose both ends are inside. Each
 * copied root becomes top-level at the place it has on the canvas, so the sub-plan draws as the
 * selection looked; a root that needs a parent (a VM without its hypervisor) loads and shows a
 * placement issue, as any plan that breaks a rule does.
 */
import type { Point } from '../model/nodes';
import type { Plan } from '../model/plan';
import { copySubtrees } from './clipboard';

/** `absolute` gives a node's top-left corner on the canvas (the layout's `absolute`). */
export function subPlan(
  plan: Plan,
  ids: readonly string[],
  absolute: ReadonlyMap<string, Point>,
): Plan | null {
  const copy = copySubtrees(plan, ids);
  if (!copy) return null;
  const roots = new Set(copy.rootIds);
  const inside = new Set(copy.nodes.map((n) => n.id));
  const nodes = copy.nodes.map((node) => {
    if (!roots.has(node.id)) return node;
    const at = absolute.get(node.id) ?? node.position;
    return { ...node, parentId: null, ...(at ? { position: { x: at.x, y: at.y } } : {}) };
  });
  // The whole plan's saved view would show the sub-plan off-centre: the app fits it on opening.
  const { view: _view, ...rest } = plan;
  return { ...rest, nodes, links: copy.links.filter((l) => inside.has(l.to)) };
}
