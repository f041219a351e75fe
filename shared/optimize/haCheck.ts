/**
 * The engine's own HA test (SPEC §6.4, shared/metrics/ha.ts) on a proposed cluster. The cluster's
 * tolerance depends only on its servers, hypervisors and VMs (a VM's runtime and containers add no
 * server demand), so the test runs on a plan holding just those, with the final ids.
 */
import { analyseHa } from '../metrics/ha';
import { FailureEngine } from '../metrics/failureEngine';
import { buildPlanIndex, type PlanIndex } from '../model/planIndex';
import type { PlanNode, VmNode } from '../model/nodes';
import { DEFAULT_VM_OS } from '../model/defaults';
import { hostHypervisor, hostServer, type NewCluster } from './hosts';
import type { Layout } from './layout';
import type { Group } from './scope';

/** The engine's `toleratesHostFailures` for this layout as a cluster. */
export function tolerance(
  ix: PlanIndex,
  group: Group,
  cluster: NewCluster,
  layout: Layout,
): number {
  const nodes: PlanNode[] = [];
  const count = layout.hosts;
  const local: NewCluster = { ...cluster, site: null };
  for (let j = 0; j < count; j++) {
    const hv = hostHypervisor(local, j, count);
    nodes.push(hostServer(local, j, count), hv);
    for (const u of layout.units[j] as number[]) {
      const vm: VmNode = {
        id: ix.ids[(group.units[u] as { node: number }).node] as string,
        kind: 'vm',
        parentId: hv.id,
        name: '',
        vcpu: layout.inst.cpu[u] as number,
        ramGiB: layout.inst.ram[u] as number,
        os: DEFAULT_VM_OS,
        workload: null,
        service: null,
      };
      nodes.push(vm);
    }
  }
  const mini = buildPlanIndex({ ...ix.plan, nodes, links: [] });
  const ha = analyseHa(mini, new FailureEngine(mini));
  return ha.clusters[0]?.toleratesHostFailures ?? 0;
}
