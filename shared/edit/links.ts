/** Add and remove links: `from` depends on `to`, both workloads (SPEC §4, link-endpoint). */
import { KIND_LABEL } from '../model/nodes';
import type { Link, Plan } from '../model/plan';
import { isWorkloadNode } from '../model/planIndex';
import { idFactory } from './ids';
import { planTree } from './planTree';
import { done, refused, type EditResult } from './result';

const WORKLOAD_HINT =
  'a link joins two workloads (a VM without a runtime, a container, or a server running a workload)';

export function addLink(plan: Plan, from: string, to: string): EditResult {
  const tree = planTree(plan);
  const source = tree.getNode(from);
  const target = tree.getNode(to);
  if (!source || !target) return refused('A link must join two nodes of the plan.');
  if (from === to) return refused(`"${source.name}" cannot depend on itself.`);
  for (const end of [source, target]) {
    if (!isWorkloadNode(end, tree.childrenOf(end.id))) {
      return refused(`${KIND_LABEL[end.kind]} "${end.name}" is not a workload: ${WORKLOAD_HINT}.`);
    }
  }
  if (plan.links.some((l) => l.from === from && l.to === to)) {
    return refused(`"${source.name}" already depends on "${target.name}".`);
  }
  const link: Link = { id: idFactory(plan).linkId(), from, to };
  return done({ ...plan, links: [...plan.links, link] }, [link.id]);
}

export function deleteLinks(plan: Plan, ids: readonly string[]): EditResult {
  const gone = new Set(ids);
  const links = plan.links.filter((l) => !gone.has(l.id));
  if (links.length === plan.links.length) return refused('Nothing to delete.');
  return done({ ...plan, links }, ids);
}
