/** Whether an edit left the layout as it was: the same tree, in the same order, with top-level cards at the same places. */
import type { Plan } from '../model/plan';
import { changedNodes } from '../model/planIndexDerive';

export function sameStructure(a: Plan, b: Plan): boolean {
  const changed = changedNodes(a.nodes, b.nodes);
  if (changed === null) return false;
  for (const i of changed) {
    const x = a.nodes[i];
    const y = b.nodes[i];
    if (x?.position?.x !== y?.position?.x || x?.position?.y !== y?.position?.y) return false;
  }
  return true;
}
