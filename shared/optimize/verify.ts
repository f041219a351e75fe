/**
 * An independent check of a proposal against its plan, from the engine's own figures: every VM in
 * the scope once, same size, its subtree with it; no new host over its limits; no new
 * single-failure domain; each new cluster tolerating k host failures by SPEC §6.4; no fewer hosts
 * than the lower bound. The tests and the benchmark run it on every answer.
 */
import { analyseHa } from '../metrics/ha';
import { FailureEngine } from '../metrics/failureEngine';
import { findSingleFailureDomains } from '../metrics/singleFailureDomain';
import { buildPlanIndex, cpuOf, ramOf } from '../model/planIndex';
import type { Plan } from '../model/plan';
import type { OptimizeOptions, OptimizeResult } from './types';

export function verifyProposal(
  before: Plan,
  options: OptimizeOptions,
  result: OptimizeResult,
): string[] {
  const problems: string[] = [];
  const old = buildPlanIndex(before);
  const now = buildPlanIndex(result.plan);
  const clusters = new Set(result.groups.map((g) => g.cluster));
  const newHosts = new Set<number>();
  for (let h = 0; h < now.nodes.length; h++) {
    const nd = now.nodes[h];
    if (nd?.kind === 'hypervisor' && nd.cluster !== null && clusters.has(nd.cluster))
      newHosts.add(h);
  }
  const seen = new Set<string>();
  for (const nd of result.plan.nodes) {
    if (seen.has(nd.id)) problems.push(`${nd.id}: appears twice`);
    seen.add(nd.id);
    if (nd.parentId !== null && !now.indexOf.has(nd.parentId))
      problems.push(`${nd.id}: parent ${nd.parentId} is gone`);
  }
  let vmsOnNew = 0;
  for (const h of newHosts) {
    for (let p = now.childStart[h] as number; p < (now.childStart[h + 1] as number); p++) {
      const v = now.childList[p] as number;
      const nd = now.nodes[v];
      vmsOnNew++;
      const was = old.indexOf.get(nd?.id ?? '');
      const wasNode = was === undefined ? undefined : old.nodes[was];
      if (!nd || nd.kind !== 'vm' || !wasNode) {
        problems.push(`${nd?.id}: on a new host but not a VM of the plan`);
        continue;
      }
      if (wasNode.kind === 'vm' && (cpuOf(wasNode) !== nd.vcpu || ramOf(wasNode) !== nd.ramGiB))
        problems.push(`${nd.id}: changed size`);
      const oldSize = (old.tout[was as number] as number) - (old.tin[was as number] as number);
      const newSize = (now.tout[v] as number) - (now.tin[v] as number);
      if (wasNode.kind === 'vm' && oldSize !== newSize)
        problems.push(`${nd.id}: its subtree did not travel with it`);
    }
  }
  for (const nd of before.nodes) {
    if (nd.kind !== 'vm') continue;
    const at = now.indexOf.get(nd.id);
    const still = at === undefined ? undefined : now.nodes[at];
    if (still?.kind !== 'vm' || still.vcpu !== nd.vcpu || still.ramGiB !== nd.ramGiB)
      problems.push(`${nd.id}: lost or resized`);
  }
  if (vmsOnNew !== result.moved + result.p2v)
    problems.push(`${vmsOnNew} VMs on new hosts, expected ${result.moved + result.p2v}`);
  const headroom = options.headroom ?? 1;
  const { cpuOvercommitLimit, ramOvercommitLimit } = result.plan.settings;
  let hosts = 0;
  for (const h of newHosts) {
    const s = now.host[h] as number;
    hosts++;
    const eps = 1e-6;
    if ((now.cpuDemand[s] as number) > (now.cpu[s] as number) * cpuOvercommitLimit * headroom + eps)
      problems.push(`${now.ids[s]}: CPU over the limit`);
    if ((now.ramDemand[s] as number) > (now.ram[s] as number) * ramOvercommitLimit * headroom + eps)
      problems.push(`${now.ids[s]}: RAM over the limit`);
  }
  if (hosts !== result.hosts) problems.push(`${hosts} new hosts, result says ${result.hosts}`);
  if (result.hosts < result.lowerBound) problems.push('fewer hosts than the lower bound');
  const domains = (ix: typeof old): Set<string> =>
    new Set(findSingleFailureDomains(ix).map((d) => ix.serviceNames[d.service] as string));
  const had = domains(old);
  for (const service of domains(now))
    if (!had.has(service)) problems.push(`service ${service}: a new single failure domain`);
  const ha = analyseHa(now, new FailureEngine(now));
  for (const c of ha.clusters) {
    if (clusters.has(c.name) && c.toleratesHostFailures < options.ha)
      problems.push(`cluster ${c.name}: tolerates ${c.toleratesHostFailures} < ${options.ha}`);
  }
  return problems;
}
