/** Add and remove links: `from` depends on `to`, both workloads (SPEC §4, link-endpoint). */
import type { Link, Plan } from '../model/plan';
import { isWorkloadNode } from '../model/planIndex';
import { idFactory } from './ids';
import { planTree } from './planTree';
import { done, refused, type EditResult } from './result';

export function addLink(plan: Plan, from: string, to: string): EditResult {
  const tree = planTree(plan);
  const source = tree.getNode(from);
  const target = tree.getNode(to);
  if (!source || !target) return refused('link-needs-two-nodes');
  if (from === to) return refused('link-to-itself', { name: source.name });
  for (const end of [source, target]) {
    if (!isWorkloadNode(end, tree.childrenOf(end.id))) {
      return refused('link-not-workload', { kind: end.kind, name: end.name });
    }
  }
  if (plan.links.some((l) => l.from === from && l.to === to)) {
    return refused('link-exists', { from: source.name, to: target.name });
  }
  const link: Link = { id: idFactory(plan).linkId(), from, to };
  return done({ ...plan, links: [...plan.links, link] }, [link.id]);
}

export function deleteLinks(plan: Plan, ids: readonly string[]): EditResult {
  const gone = new Set(ids);
  const links = plan.links.filter((l) => !gone.has(l.id));
  if (links.length === plan.links.length) return refused('nothing-to-delete');
  return done({ ...plan, links }, ids);
}
